import { describe, expect, test } from 'vitest';
import { isTimeStamp, isWheelDispatch, median, percentile, rendererMainThread, stepFrameTimes, topLevelTasks, type TraceEvent } from '../../bench/frame-trace.ts';

const MAIN = { pid: 1, tid: 7 };
const ms = (v: number) => v * 1000;
const task = (start: number, dur: number, tid = MAIN.tid): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: ms(start), dur: ms(dur), pid: 1, tid });
const wheel = (at: number): TraceEvent => ({ name: 'EventDispatch', ph: 'X', ts: ms(at), dur: ms(0.5), pid: 1, tid: MAIN.tid, args: { data: { type: 'wheel' } } });
const paint = (at: number): TraceEvent => ({ name: 'Paint', ph: 'X', ts: ms(at), dur: ms(1), pid: 1, tid: MAIN.tid });
const names: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: MAIN.tid, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 3, args: { name: 'CrRendererMain' } },
];

describe('rendererMainThread', () => {
  test('picks the busiest renderer main thread', () => {
    const events = [...names, task(0, 50), { ...task(0, 5), pid: 2, tid: 3 }];
    expect(rendererMainThread(events)).toEqual(MAIN);
  });
  test('null without one', () => {
    expect(rendererMainThread([task(0, 1)])).toBeNull();
  });
});

describe('topLevelTasks', () => {
  test('a task nested in another (RunTask inside ThreadControllerImpl::RunTask) is part of it', () => {
    const inner = { ...task(1, 2), name: 'RunTask' };
    expect(topLevelTasks([task(0, 10), inner, task(20, 3), task(2, 1, 99)], MAIN)).toEqual([task(0, 10), task(20, 3)]);
  });
});

describe('stepFrameTimes', () => {
  test.each([
    {
      name: 'input and paint in one task (rAF-aligned input): the task is the frame',
      events: [task(0, 12), wheel(1), paint(10), task(40, 5), wheel(41), paint(44)],
      expected: [12, 5],
    },
    {
      name: 'paint in a later task: busy time of both, not the idle gap between them',
      events: [task(0, 4), wheel(1), task(10, 3), task(20, 6), paint(24)],
      expected: [13],
    },
    {
      name: 'no paint before the next step: the work up to the next step',
      events: [task(0, 4), wheel(1), task(6, 2), task(30, 3), wheel(31), paint(32)],
      expected: [6, 3],
    },
    {
      name: 'a step outside any task is not counted',
      events: [task(0, 4), wheel(10)],
      expected: [],
    },
  ])('$name', ({ events, expected }) => {
    expect(stepFrameTimes([...names, ...events], MAIN, isWheelDispatch)).toEqual(expected);
  });

  test('console.timeStamp marks steps driven by script', () => {
    const stamp: TraceEvent = { name: 'TimeStamp', ph: 'I', ts: ms(1), pid: 1, tid: MAIN.tid, args: { data: { message: 'step' } } };
    const other: TraceEvent = { ...stamp, ts: ms(2), args: { data: { message: 'other' } } };
    expect(stepFrameTimes([...names, task(0, 9), stamp, other, paint(8)], MAIN, isTimeStamp('step'))).toEqual([9]);
  });
});

describe('percentile and median', () => {
  const values = Array.from({ length: 20 }, (_, i) => i + 1); // 1…20
  test.each([
    { p: 95, expected: 19 },
    { p: 50, expected: 10 },
    { p: 100, expected: 20 },
    { p: 1, expected: 1 },
  ])('p$p of 1…20 is $expected (nearest rank)', ({ p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });
  test('median of odd and even counts; NaN for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(percentile([], 95)).toBeNaN();
  });
});
