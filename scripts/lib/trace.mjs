// Reading Chromium traces for the benchmark (scripts/bench.mjs).

/**
 * From a Chromium trace (its traceEvents) with a performance.mark named `mark` before each input:
 * for each mark, the renderer main thread's busy time from the mark to the end of the task that
 * painted the first frame after it (script, style, layout, pre-paint, paint and layerize), and
 * that frame's paint alone, both in milliseconds.
 */
export function firstFrames(traceEvents, mark) {
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const main = traceEvents.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  // Top-level tasks are "RunTask" or, in newer Chromium, "ThreadControllerImpl::RunTask".
  const tasks = main
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  const paints = main.filter((e) => e.name === 'Paint').sort((a, b) => a.ts - b.ts);
  const clicks = traceEvents.filter((e) => e.name === mark).map((e) => e.ts);
  return clicks.flatMap((click) => {
    // Trace times are microseconds.
    const paint = paints.find((p) => p.ts > click);
    const task = paint && tasks.find((t) => t.ts <= paint.ts && t.ts + t.dur >= paint.ts + paint.dur);
    if (!task) return [];
    const end = task.ts + task.dur;
    // The union of the task intervals in [click, end]: a nested task is not counted twice.
    let busy = 0;
    let reached = click;
    for (const t of tasks) {
      const from = Math.max(t.ts, reached);
      const to = Math.min(t.ts + t.dur, end);
      if (to > from) {
        busy += to - from;
        reached = to;
      }
    }
    const paintMs =
      paints.filter((p) => p.ts >= task.ts && p.ts < end).reduce((max, p) => Math.max(max, p.dur), 0) / 1000;
    return [{ busy: busy / 1000, paint: paintMs }];
  });
}
