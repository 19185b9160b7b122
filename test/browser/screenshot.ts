// Makes a screenshot of the bundled examples (docs/graph.png and the other views at 10,000 articles come
// from bench/web-scale.ts --shots docs): the bundled examples ingested into a temporary store, served
// on a random loopback port, the network drawn in headless Chromium with the heaviest edge's panel open.
// Run: npx tsx test/browser/screenshot.ts [OUT.png]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EXAMPLES } from '../../src/cli/commands/demo.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { startServer } from '../../src/server/serve.ts';
import { openStore } from '../../src/store/open.ts';
import { hasChromium, openBrowser, SKIP_MESSAGE } from './harness.ts';

const out = process.argv[2] ?? 'docs/graph-examples.png';
if (!hasChromium) {
  process.stderr.write(`${SKIP_MESSAGE}\n`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'dyad-shot-'));
const db = join(dir, 'examples.db');
await ingest([EXAMPLES], { db, workers: 0, progress: false });
const store = await openStore(db, { readonly: true });
const server = await startServer(store, { port: 0 });
const browser = await openBrowser({ width: 1400, height: 860 });
try {
  const { page } = browser;
  await page.goto(server.url);
  await page.waitForSelector('#view[data-view="graph"]');
  const heaviest = await page.evaluate(() => {
    const cy = (window as any).dyadGraph;
    const e = cy.edges().max((x: any) => x.data('weight')).ele;
    const at = e.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  });
  await page.mouse.click(heaviest.x, heaviest.y);
  await page.waitForSelector('#panel .evidence-list, #panel .edge-title');
  await page.waitForTimeout(300);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  process.stdout.write(`wrote ${out}${browser.errors.length ? `; page errors: ${browser.errors.join('; ')}` : ''}\n`);
} finally {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
