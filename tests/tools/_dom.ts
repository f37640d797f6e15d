import { launchChromium } from '/work/wt/export/tests/e2e/chromium.ts';
import { serveFolder } from '/work/wt/export/tests/e2e/static-server.ts';
const served = await serveFolder('/tmp/ex/dist');
const browser = await launchChromium();
const page = await browser.newPage({ width: 320, height: 900 });
await page.goto(`${served.url}/`, { waitUntil: 'networkidle' });
console.log(await page.$eval('svg.tl-svg [data-event-id]', (g) => g.outerHTML));
await browser.close(); await served.close();
