import { describe, expect, it } from 'vitest';
import { firstFrames } from '../../../scripts/lib/trace.mjs';

// A renderer main thread (1:10), another thread (1:20), times in microseconds.
const meta = [
  { ph: 'M', name: 'thread_name', pid: 1, tid: 10, args: { name: 'CrRendererMain' } },
  { ph: 'M', name: 'thread_name', pid: 1, tid: 20, args: { name: 'Compositor' } },
];
const task = (ts: number, dur: number, name = 'ThreadControllerImpl::RunTask', tid = 10) => ({
  ph: 'X',
  name,
  pid: 1,
  tid,
  ts,
  dur,
});
const paint = (ts: number, dur: number) => ({ ph: 'X', name: 'Paint', pid: 1, tid: 10, ts, dur });
const mark = (ts: number) => ({ ph: 'R', name: 'click', pid: 1, tid: 10, ts });

describe('firstFrames', () => {
  it('counts main-thread tasks from the mark to the end of the task that painted, idle gaps excluded', () => {
    const events = [
      ...meta,
      mark(1000),
      task(900, 5100), // the input task, begun just before the mark: 5 ms after it
      task(10000, 8000), // the frame: 8 ms, with 3 ms of paint
      paint(14000, 3000),
      task(1000, 50000, 'ThreadControllerImpl::RunTask', 20), // another thread: ignored
      task(30000, 9000), // after the frame: ignored
    ];
    expect(firstFrames(events, 'click')).toEqual([{ busy: 13, paint: 3 }]);
  });

  it('does not count a nested task twice, and accepts the older "RunTask" name', () => {
    const events = [
      ...meta,
      mark(0),
      task(0, 10000, 'RunTask'),
      task(2000, 3000, 'RunTask'),
      paint(6000, 2000),
    ];
    expect(firstFrames(events, 'click')).toEqual([{ busy: 10, paint: 2 }]);
  });

  it('gives nothing for a mark with no paint after it, or another mark name', () => {
    expect(firstFrames([...meta, mark(0), task(0, 5000)], 'click')).toEqual([]);
    expect(firstFrames([...meta, mark(0), task(0, 5000), paint(1000, 1000)], 'other')).toEqual([]);
  });
});
