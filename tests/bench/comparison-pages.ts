/**
 * The pages that draw a generated dataset with vis-timeline and with TimelineJS, for the render
 * benchmark. Each fetches the same JSON file as the app (`?data=` gives its site path), turns the
 * article's events into the library's own format, draws them right to left, and sets
 * performance.mark('timeline:rendered') after the frame that shows the first drawing, as the app does.
 * Everything is served from the benchmark's own origin (script_path points TimelineJS at it).
 */

/** Marks the first painted frame: the frame callback runs before the paint, the task after it. */
const MARK = `function markRendered() { requestAnimationFrame(() => setTimeout(() => performance.mark('timeline:rendered'), 0)); }`;

/** Loads `?data=` and returns the first document's events. */
const LOAD = `async function loadEvents() {
  const path = new URLSearchParams(location.search).get('data');
  const data = await (await fetch(path)).json();
  const doc = data.documents[0];
  return data.events.filter((e) => e.documentId === doc.id);
}
function nextDay(iso) { return new Date(Date.parse(iso) + 86400000).toISOString().slice(0, 10); }`;

/**
 * vis-timeline 8 (standalone build, vis-data included): points for single days, ranges otherwise,
 * right to left, with its clustering of crowded items (the counterpart of the app's badges) and a
 * fixed height so 10,000 items do not grow the page by thousands of pixels.
 */
export function visTimelinePage(): string {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>vis-timeline</title>
<link rel="stylesheet" href="../vendor/vis-timeline/styles/vis-timeline-graph2d.min.css">
<style>body { margin: 0; font-family: serif; } #chart { margin: 1rem; }</style></head>
<body><div id="chart"></div>
<script src="../vendor/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
<script>
${MARK}
${LOAD}
loadEvents().then((events) => {
  const items = new vis.DataSet(events.map((e) => e.start === e.end
    ? { id: e.id, content: e.title, start: e.start, type: 'point' }
    : { id: e.id, content: e.title, start: e.start, end: nextDay(e.end), type: 'range' }));
  const timeline = new vis.Timeline(document.getElementById('chart'), items, { rtl: true, height: '420px', cluster: { maxItems: 5 } });
  window.benchTimeline = timeline;
  timeline.once('changed', markRendered);
});
</script></body></html>`;
}

/**
 * TimelineJS 3 with its Arabic locale: a slide per event (headline, date, annotation) and the time
 * navigator under it. It zooms with its buttons only (the wheel pans), so the benchmark drives
 * zoomIn()/zoomOut(), which the buttons call.
 */
export function timelineJsPage(): string {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="../vendor/timelinejs/css/timeline.css">
<style>body { margin: 0; } #chart { width: 100%; height: 640px; }</style></head>
<body><div id="chart"></div>
<script src="../vendor/timelinejs/js/timeline.js"></script>
<script>
${MARK}
${LOAD}
const part = (iso) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
loadEvents().then((events) => {
  const data = { events: events.map((e) => {
    const slide = { unique_id: e.id, start_date: part(e.start), text: { headline: e.title, text: e.annotation } };
    if (e.end !== e.start) slide.end_date = part(e.end);
    return slide;
  }) };
  const timeline = new TL.Timeline('chart', data, { language: 'ar', script_path: new URL('../vendor/timelinejs/js/', location.href).href, hash_bookmark: false, font: null });
  window.benchTimeline = timeline;
  timeline.on('loaded', markRendered);
});
</script></body></html>`;
}
