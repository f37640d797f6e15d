// The page's font, cut at build time to the characters it shows (src/loader/page-font-plugin.ts).
import 'virtual:page-fonts.css';
// The subset holds every character of the build's own datasets and UI: only a `?data=` dataset (or an
// edit in `npm run dev`) can show others, and only then are the full faces behind it declared.
if (import.meta.env.DEV || new URLSearchParams(location.search).has('data')) {
  import('./edge/full-font-faces.ts').then(({ declareFullFaces }) => declareFullFaces(), () => {});
}
import './styles/app.css';
import { mount, unmount } from 'svelte';
import App from './App.svelte';
import { parseViewOptions } from './lib/embed/view-options.ts';
import { installTheme } from './edge/theme.ts';
import { type LoadFailure, loadDataset } from './edge/load-dataset.ts';
import { prepareDateText } from './lib/timeline/date-parts.ts';
import { whenIdle } from './edge/when-idle.ts';

// The dataset is requested first (after its `?data=` rules): the rest of the start-up runs while it downloads.
const loading = loadDataset(location.search, location.href, fetch, { deferContract: true });
const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
const options = parseViewOptions(location.search, location.hash);
installTheme(options.theme);
// Intl's first use costs tens of milliseconds (locale data, the month-name lexicon): pay it while the
// page waits for its data rather than between the data's arrival and the first drawing. A task, not
// requestIdleCallback: a page busy receiving its data often has no idle time before the data is in.
setTimeout(() => prepareDateText({ digits: options.digits, hijri: options.hijri }), 0);
// The build puts a static, script-free rendering of the timeline in #app (for frames that cannot run
// scripts and for the first paint); it stays on screen while the data loads (a `?data=` page shows a
// loading line in its place: prerender-plugin.ts), and the live app or a visible message replaces it.
/** Puts a load failure on the page in place of everything else. */
const showFailure = (failure: LoadFailure) => {
  // The wording loads only when needed; if even that fails (the network is gone), say it plainly.
  import('./edge/show-load-error.ts').then(
    ({ showLoadError }) => showLoadError(target, failure),
    () => target.replaceChildren(`تعذّر تحميل بيانات الخط الزمني: ${failure.value}`),
  );
};
void loading.then((result) => {
  if (!result.ok) {
    showFailure(result.failure);
    return;
  }
  target.replaceChildren();
  // An embed of this page must show the same dataset: App hands the checked path on to the snippet.
  const app = mount(App, { target, props: { dataset: result.dataset, options, dataPath: result.dataPath } });
  const { checkContract } = result;
  if (!checkContract) return;
  // A ?data= file's contract check runs once the timeline is on screen, when the browser is next
  // idle: as a plain task after the paint it ran ahead of the chart's own after-paint work (the
  // rendered mark), some 40 ms for 10,000 events. A fault replaces the page with the message that
  // names it.
  const check = () =>
    void checkContract().then((failure) => {
      if (!failure) return;
      void unmount(app);
      showFailure(failure);
    });
  requestAnimationFrame(() => whenIdle(check, 1000));
});
