/** Compares dotted version strings numerically: "2.10" is after "2.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.]/).map((x) => parseInt(x.replace(/\D+/g, ''), 10) || 0);
  const pb = b.split(/[.]/).map((x) => parseInt(x.replace(/\D+/g, ''), 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
