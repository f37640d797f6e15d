import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import '@fontsource/noto-naskh-arabic/latin-700.css';
import './styles/app.css';
import { mount } from 'svelte';
import dataset from 'virtual:timeline-dataset';
import App from './App.svelte';
import { parseViewOptions } from './lib/embed/view-options.ts';
import { installTheme } from './edge/theme.ts';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
const options = parseViewOptions(location.search, location.hash);
installTheme(options.theme);
// The build puts a static, script-free rendering of the timeline here (for frames that cannot run
// scripts and for the first paint); the live app replaces it.
target.replaceChildren();
mount(App, { target, props: { dataset, options } });
