import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import '@fontsource/noto-naskh-arabic/latin-700.css';
import './styles/app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { parseViewOptions } from './lib/embed/view-options.ts';
import { installTheme } from './edge/theme.ts';
import { loadDataset } from './edge/load-dataset.ts';
import { parseDataParam } from './edge/data-param.ts';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
const options = parseViewOptions(location.search, location.hash);
installTheme(options.theme);
// The build puts a static, script-free rendering of the timeline in #app (for frames that cannot run
// scripts and for the first paint); it stays on screen while the data loads, and the live app or a
// visible message replaces it.
void loadDataset(location.search, location.href).then((result) => {
  if (!result.ok) {
    const { failure } = result;
    // The wording loads only when needed; if even that fails (the network is gone), say it plainly.
    import('./edge/show-load-error.ts').then(
      ({ showLoadError }) => showLoadError(target, failure),
      () => target.replaceChildren(`تعذّر تحميل بيانات الخط الزمني: ${failure.value}`),
    );
    return;
  }
  target.replaceChildren();
  // An embed of this page must show the same dataset: App hands the checked path on to the snippet.
  const param = parseDataParam(location.search);
  mount(App, { target, props: { dataset: result.dataset, options, dataPath: param.kind === 'path' ? param.path : null } });
});
