/**
 * The render results as table rows: times, ratios to vis-timeline, and at 10,000 events the
 * budgets (first render < 500 ms, p95 zoom frame < 16 ms, each at least 3× faster than
 * vis-timeline), which both app rows (the whole page and the chart alone) are held to.
 */
import type { RenderResult } from './render-bench.ts';
import { num, type Row } from './report.ts';

export const BUDGET_EVENTS = 10_000;
export const FIRST_RENDER_MAX_MS = 500;
export const P95_FRAME_MAX_MS = 16;
export const MIN_SPEEDUP = 3;

/** "4.1× faster" / "1.3× slower" than a reference time. */
export function relative(time: number, reference: number): string {
  if (!Number.isFinite(time) || !Number.isFinite(reference) || time <= 0) return 'n/a';
  const r = reference / time;
  return r >= 1 ? `${num(r, 1)}× faster than vis-timeline` : `${num(1 / r, 1)}× slower than vis-timeline`;
}

export function renderRows(results: readonly RenderResult[]): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    const vis = results.find((v) => v.events === r.events && v.library === 'vis-timeline');
    const isApp = r.library.startsWith('app');
    const budgeted = isApp && r.events === BUDGET_EVENTS;
    const section = `render ${num(r.events)} events`;
    const failed = r.error ? ` (${r.error})` : '';
    rows.push({
      section,
      measure: `${r.library}: first render`,
      result: Number.isFinite(r.firstRenderMs) ? `${num(r.firstRenderMs)} ms` : 'none',
      ...(budgeted ? { value: r.firstRenderMs, budget: { max: FIRST_RENDER_MAX_MS, text: `< ${FIRST_RENDER_MAX_MS} ms` } } : {}),
      note: `median of ${r.loads.map((l) => num(l)).join('/') || '—'} ms${vis && r !== vis ? `; ${relative(r.firstRenderMs, vis.firstRenderMs)}` : ''}${failed}`,
    });
    rows.push({
      section,
      measure: `${r.library}: p95 zoom frame`,
      result: Number.isFinite(r.p95FrameMs) ? `${num(r.p95FrameMs, 1)} ms` : 'none',
      ...(budgeted ? { value: r.p95FrameMs, budget: { max: P95_FRAME_MAX_MS, text: `< ${P95_FRAME_MAX_MS} ms` } } : {}),
      note: `median of ${r.roundsP95.map((p) => num(p, 1)).join('/') || '—'} ms (rounds of ${r.steps} steps${r.steps < 60 ? ', cut at 30 s' : ''})${r.library === 'TimelineJS' ? ' (its zoom buttons: the wheel only pans it)' : ''}${vis && r !== vis ? `; ${relative(r.p95FrameMs, vis.p95FrameMs)}` : ''}`,
    });
    if (budgeted && vis) {
      for (const [what, mine, theirs] of [
        ['first render', r.firstRenderMs, vis.firstRenderMs],
        ['p95 zoom frame', r.p95FrameMs, vis.p95FrameMs],
      ] as const) {
        const speedup = theirs / mine;
        rows.push({
          section,
          measure: `${r.library}: ${what}, speed-up over vis-timeline`,
          result: Number.isFinite(speedup) ? `${num(speedup, 1)}×` : 'n/a',
          value: speedup,
          budget: { min: MIN_SPEEDUP, text: `≥ ${MIN_SPEEDUP}×` },
        });
      }
    }
  }
  return rows;
}
