// Which CPU slowdown Lighthouse should simulate on this machine. Lighthouse's default of 4x is
// meant to turn a high-end desktop into a mid-tier phone; on a slower host the same 4x emulates a
// far slower phone, so results would depend on the machine that runs the bench. Lighthouse's own
// guide (docs/throttling.md, "Calibrating the CPU slowdown") gives the multiplier to reach a
// mid-tier phone from each class of host, by the benchmarkIndex that every report records:
//   high-end desktop, 1500 and up: 4x;  low-end desktop 1000–1500 and high-end phone 800–1200: 2x;
//   a host that is itself a mid-tier phone (below 800): 1x.

/** The documented multiplier for a host with this Lighthouse benchmarkIndex. */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    throw new Error(`not a benchmarkIndex: ${benchmarkIndex}`);
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}
