// The network page at work in real Chromium, on the fixture store: search and focus, every filter kept
// in the URL, a bad filter beside the form, colours and legend, legible labels, a layout that is the same
// on every visit, the country view, hover, and the downloads of what is on screen.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from '../../src/server/serve.ts';
import { hasChromium, SKIP_MESSAGE, type Browser } from './harness.ts';
import { servedPage } from './served.ts';

if (!hasChromium) console.warn(SKIP_MESSAGE);

describe.skipIf(!hasChromium)('network page in Chromium', () => {
  const served = servedPage();
  let server: Running, browser: Browser, page: Page;
  beforeAll(() => void ({ server, browser, page } = served));

  // From a blank page each time: a goto that only changes the hash would find the last view still marked done.
  const open = async (hash: string) => {
    await page.goto('about:blank');
    browser.errors.length = 0; // a bad filter's 400 is logged by design; each test judges its own page
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector('#view[data-view="graph"]');
  };
  const graph = () =>
    page.evaluate(() => {
      const cy = (window as any).dyadGraph;
      return {
        nodes: cy.nodes().map((n: any) => n.id()).sort() as string[],
        edges: cy.edges().map((e: any) => `${e.source().id()}>${e.target().id()}`).sort() as string[],
      };
    });
  const hashParams = () => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] ?? '')));

  it('suggests actors as one types and focuses the graph on the one chosen, one or two steps out', async () => {
    await open('#/');
    await page.fill('#actor-search', 'Tali');
    await page.waitForSelector('#actor-suggestions option[value="Taliban"]', { state: 'attached' });
    expect(await page.getAttribute('#actor-suggestions option[value="Taliban"]', 'data-key')).toBe('taliban');
    await page.fill('#actor-search', 'Taliban');
    await page.press('#actor-search', 'Enter');
    await page.waitForFunction(() => location.hash.includes('actor=taliban'));
    await page.waitForSelector('#view[data-view="graph"]');
    await page.waitForFunction(() => (window as any).dyadGraph?.edges().length === 1);
    expect(await graph()).toEqual({ nodes: ['taliban', 'vladimir-putin'], edges: ['vladimir-putin>taliban'] });
    expect(await page.evaluate(() => (window as any).dyadGraph.$('#taliban').hasClass('focus'))).toBe(true);
    expect(await page.textContent('#graph-status')).toMatch(/^around Taliban: showing 1 of 1 pairs/);
    expect(await page.inputValue('#actor-search')).toBe('Taliban');
    await page.selectOption('select[name="steps"]', '2');
    await page.click('#graph-filters button[type="submit"]');
    await page.waitForFunction(() => (window as any).dyadGraph?.edges().length === 2);
    expect((await graph()).edges).toEqual(['recep-tayyip-erdogan>vladimir-putin', 'vladimir-putin>taliban']);
    expect(await page.textContent('#graph-status')).toMatch(/^within 2 steps of Taliban: 3 actors, 2 pairs/);
  });

  it('takes a typed name that was not picked as its best match, and says so when nothing matches', async () => {
    await open('#/');
    await page.fill('#actor-search', 'erdogan');
    await page.press('#actor-search', 'Enter');
    await page.waitForFunction(() => location.hash.includes('actor=recep-tayyip-erdogan'));
    await open('#/');
    await page.fill('#actor-search', 'Nobody Byname');
    await page.press('#actor-search', 'Enter');
    await page.waitForSelector('#filter-error:not([hidden])');
    expect(await page.textContent('#filter-error')).toContain('no actor matches "Nobody Byname"');
  });

  const cases: [string, Record<string, string>, string[]][] = [
    ['quad class', { quadClass: '4' }, ['RUS>UKR']],
    ['country', { country: 'AFG' }, ['vladimir-putin>taliban']],
    ['sector', { sector: 'GOV' }, ['recep-tayyip-erdogan>vladimir-putin', 'vladimir-putin>taliban']],
    ['date range', { since: '2024-09', until: '2024-09' }, ['RUS>UKR']],
    ['event type', { type: 'ACCUSE' }, ['recep-tayyip-erdogan>vladimir-putin']],
    ['CAMEO prefix', { type: '19' }, ['RUS>UKR']],
    ['outlet', { outlet: 'wire.example' }, ['vladimir-putin>taliban']],
    ['minimum events', { minWeight: '2' }, ['recep-tayyip-erdogan>vladimir-putin', 'vladimir-putin>taliban']],
    // Two pairs have two events each; the tie goes to the source key first in order.
    ['limit', { limit: '1' }, ['recep-tayyip-erdogan>vladimir-putin']],
  ];
  for (const [name, set, edges] of cases) {
    it(`filters by ${name} from the form, keeps it in the URL, and reads it back from the URL`, async () => {
      await open('#/');
      for (const [k, v] of Object.entries(set)) {
        const sel = `#graph-filters [name="${k}"]`;
        if ((await page.locator(sel).evaluate((el) => el.tagName)) === 'SELECT') await page.selectOption(sel, v);
        else await page.fill(sel, v);
      }
      await page.click('#graph-filters button[type="submit"]');
      await page.waitForFunction((want) => (window as any).dyadGraph?.edges().length === want, edges.length);
      expect((await graph()).edges).toEqual(edges);
      expect(await hashParams()).toEqual(set);
      await page.reload();
      await page.waitForSelector('#view[data-view="graph"]');
      expect((await graph()).edges).toEqual(edges);
      for (const [k, v] of Object.entries(set)) expect(await page.inputValue(`#graph-filters [name="${k}"]`)).toBe(v);
    });
  }

  it('filters by how the events were told, and says when none were told that way', async () => {
    await open('#/');
    await page.selectOption('#graph-filters [name="factuality"]', 'negated');
    await page.click('#graph-filters button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes('factuality=negated'));
    await page.waitForSelector('#view[data-view="graph"] .empty');
    expect(await page.textContent('#cy')).toContain('No events match these filters.');
    expect(await page.textContent('#graph-status')).toMatch(/^showing 0 of 0 pairs/);
    expect(await page.inputValue('#graph-filters [name="factuality"]')).toBe('negated');
  });

  it('sets the date range with the time slider: a month clicked alone, or a handle let go', async () => {
    await open('#/');
    await page.waitForSelector('#time-slider');
    expect(await page.textContent('#time-range')).toBe('2024-06 to 2024-10: 5 events');
    const labels = await page.$$eval('#time-slider .strip-label', (els) => els.map((e) => ({ text: e.textContent, box: e.getBoundingClientRect().toJSON() })));
    expect(labels.map((l) => l.text)).toEqual(['Jun 2024', 'Jul 2024', 'Aug 2024', 'Sep 2024', 'Oct 2024']);
    for (let i = 1; i < labels.length; i++) expect(labels[i].box.left).toBeGreaterThan(labels[i - 1].box.right);
    await page.click('#time-slider .strip-hit[data-month="2024-09"]');
    await page.waitForFunction(() => location.hash.includes('since=2024-09'));
    await page.waitForSelector('#view[data-view="graph"]');
    expect(await hashParams()).toEqual({ since: '2024-09', until: '2024-09' });
    await page.waitForFunction(() => (window as any).dyadGraph?.edges().length === 1);
    expect((await graph()).edges).toEqual(['RUS>UKR']);
    expect(await page.inputValue('input[name="since"]')).toBe('2024-09');
    expect(await page.textContent('#time-range')).toBe('2024-09 to 2024-09: 1 events');
    await open('#/');
    await page.waitForSelector('#time-slider');
    await page.fill('#time-to', '1');
    await page.waitForFunction(() => location.hash.includes('until=2024-07'));
    await page.waitForSelector('#view[data-view="graph"]');
    expect(await hashParams()).toEqual({ until: '2024-07' });
    await page.waitForFunction(() => (window as any).dyadGraph?.edges().length === 2);
    expect((await graph()).edges).toEqual(['recep-tayyip-erdogan>vladimir-putin', 'vladimir-putin>taliban']);
  });

  it('says how much is shown of what the filters match, and how to see the rest', async () => {
    await open('#/?limit=1');
    expect(await page.textContent('#graph-status')).toBe('showing 1 of 3 pairs (2 actors, 2 of 5 events), heaviest first; raise the limit or filter to see the rest');
  });

  it('shows a bad filter beside the form, which stays to be mended', async () => {
    await open('#/?since=2024-13');
    expect(await page.isVisible('#graph-filters')).toBe(true);
    expect(await page.textContent('#filter-error')).toMatch(/^since: expected YYYY-MM/);
    expect(await page.getAttribute('#graph-filters [name="since"]', 'aria-invalid')).toBe('true');
    await open('#/?sector=g0v');
    expect(await page.textContent('#filter-error')).toMatch(/^sector: expected a sector code/);
    expect(await page.getAttribute('#graph-filters [name="sector"]', 'aria-invalid')).toBe('true');
    await open('#/?type=shout');
    expect(await page.textContent('#filter-error')).toMatch(/^type: expected a PLOVER type/);
    expect(await page.getAttribute('#graph-filters [name="type"]', 'aria-invalid')).toBe('true');
  });

  it('colours nodes by country or sector, with a legend, and sizes them by mentions', async () => {
    await open('#/');
    const c = await page.evaluate(() => {
      const cy = (window as any).dyadGraph;
      const col = (id: string) => cy.$id(id).style('background-color');
      return { putin: col('vladimir-putin'), russia: col('RUS'), taliban: col('taliban'), putinSize: cy.$id('vladimir-putin').width(), talibanSize: cy.$id('taliban').width() };
    });
    expect(c.putin).toBe(c.russia);
    expect(c.putin).not.toBe(c.taliban);
    expect(c.putinSize).toBeGreaterThan(c.talibanSize);
    const legend = await page.locator('#node-legend li').allTextContents();
    expect(legend.map((l) => l.split(' ')[0])).toEqual(expect.arrayContaining(['RUS', 'AFG', 'TUR']));
    await open('#/?colour=sector');
    expect((await page.locator('#node-legend li').allTextContents())[0]).toMatch(/^GOV/);
  });

  it('draws the top labels at one legible size, none overlapping, and more of them on zooming in', async () => {
    await open('#/');
    const read = () =>
      page.evaluate(() => {
        const cy = (window as any).dyadGraph;
        return cy.nodes('.lab').map((n: any) => {
          const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          const z = cy.zoom();
          return { px: n.data('fs') * z, box: [b.x1 * z, b.x2 * z, b.y1 * z, b.y2 * z] };
        });
      });
    const before = await read();
    expect(before.length).toBeGreaterThanOrEqual(3);
    for (const l of before) expect(Math.round(l.px)).toBe(13);
    for (let i = 0; i < before.length; i++)
      for (let j = i + 1; j < before.length; j++) {
        const [a, b] = [before[i].box, before[j].box];
        expect(a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3], 'labels overlap').toBe(false);
      }
    await page.evaluate(() => {
      const cy = (window as any).dyadGraph;
      cy.zoom({ level: cy.zoom() * 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForTimeout(100);
    for (const l of await read()) expect(Math.round(l.px)).toBe(13);
  });

  it('lays the same store out the same way on every visit, and keeps the layout for the next', async () => {
    const positions = () => page.evaluate(() => JSON.stringify((window as any).dyadGraph.nodes().map((n: any) => [n.id(), n.position()]).sort()));
    await open('#/');
    const first = await positions();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dyad-layout:')).length)).toBeGreaterThanOrEqual(1);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('#view[data-view="graph"]');
    expect(await positions()).toBe(first);
  });

  it('rolls actors up into states, and a state opens its actors', async () => {
    await open('#/?view=countries');
    expect(await graph()).toEqual({ nodes: ['AFG', 'RUS', 'TUR', 'UKR'], edges: ['RUS>AFG', 'RUS>UKR', 'TUR>RUS'] });
    expect(await page.textContent('#graph-status')).toContain('pairs of states');
    const p = await page.evaluate(() => {
      const cy = (window as any).dyadGraph;
      const at = cy.$id('AFG').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => location.hash.includes('country=AFG') && !location.hash.includes('view='));
    await page.waitForFunction(() => (window as any).dyadGraph?.edges().length === 1);
    expect((await graph()).edges).toEqual(['vladimir-putin>taliban']);
  });

  it('highlights a node’s neighbourhood on hover', async () => {
    await open('#/');
    const p = await page.evaluate(() => {
      const cy = (window as any).dyadGraph;
      const at = cy.$id('taliban').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => (window as any).dyadGraph.$('.faded').length > 0);
    const faded = await page.evaluate(() => (window as any).dyadGraph.nodes('.faded').map((n: any) => n.id()).sort());
    expect(faded).toEqual(['RUS', 'UKR', 'recep-tayyip-erdogan']);
  });

  it('downloads what is on screen as CSV, GEXF and PNG', async () => {
    await open('#/?quadClass=1');
    const take = async (id: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
      return { name: d.suggestedFilename(), body: readFileSync((await d.path())!) };
    };
    const csv = await take('#download-csv');
    expect(csv.name).toBe('dyad-network.csv');
    const rows = csv.body.toString('utf8').trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^source,source_name,source_country,target/);
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 4).join('>')).sort()).toEqual([
      'recep-tayyip-erdogan>Recep Tayyip Erdogan>TUR>vladimir-putin',
      'vladimir-putin>Vladimir Putin>RUS>taliban',
    ]);
    const gexf = (await take('#download-gexf')).body.toString('utf8');
    expect(gexf).toMatch(/^<\?xml/);
    expect(gexf.match(/<node /g)?.length).toBe(await page.evaluate(() => (window as any).dyadGraph.nodes().length));
    expect(gexf.match(/<edge /g)?.length).toBe(rows.length - 1);
    const png = await take('#download-png');
    expect(png.name).toBe('dyad-network.png');
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(browser.errors).toEqual([]);
  });
});
