// The web page in real headless Chromium, served from a fixture store on a random loopback port:
// the network, the edge and node panels, the article view, the paste box, and hostile text kept inert.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from '../../src/server/serve.ts';
import { BRIEFING_TEXT } from '../../src/server/test-fixtures.ts';
import { hasChromium, SKIP_MESSAGE, type Browser } from './harness.ts';
import { servedPage } from './served.ts';

if (!hasChromium) console.warn(SKIP_MESSAGE);

// In CI the browser tests must run: a missing Chromium is a failure there, not a skip.
describe.runIf(!hasChromium && process.env.CI === 'true')('Chromium in CI', () => {
  it('is installed at /usr/bin/chromium (.ci/run installs it with apt-get)', () => {
    expect(hasChromium, SKIP_MESSAGE).toBe(true);
  });
});

describe.skipIf(!hasChromium)('web page in Chromium', () => {
  const served = servedPage();
  let server: Running, browser: Browser, page: Page;
  beforeAll(() => void ({ server, browser, page } = served));

  const open = async (hash: string, view: string) => {
    const res = await page.goto(`${server.url}${hash}`);
    await page.waitForSelector(`#view[data-view="${view}"]`);
    return res;
  };

  /** Clicks the middle of an edge (or the centre of a node) where cytoscape drew it. */
  const clickGraph = async (selector: string) => {
    const p = await page.evaluate((sel) => {
      const cy = (window as any).dyadGraph;
      const el = cy.$(sel)[0];
      const at = el.isEdge() ? el.renderedMidpoint() : el.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    }, selector);
    await page.mouse.click(p.x, p.y);
  };

  it('draws the actor network with the expected actors and edges', async () => {
    const res = await open('#/', 'graph');
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    const g = await page.evaluate(() => {
      const cy = (window as any).dyadGraph;
      return { nodes: cy.nodes().map((n: any) => n.data('label')).sort(), edges: cy.edges().map((e: any) => `${e.source().id()}>${e.target().id()}`).sort(), width: cy.edges('[source="vladimir-putin"]')[0].data('width'), colour: cy.edges('[source="RUS"]')[0].data('color') };
    });
    expect(g.nodes).toEqual(['Recep Tayyip Erdogan', 'Russia', 'Taliban', 'Ukraine', 'Vladimir Putin']);
    expect(g.edges).toEqual(['RUS>UKR', 'recep-tayyip-erdogan>vladimir-putin', 'vladimir-putin>taliban']);
    expect(g.colour).toBe('#d7191c');
    expect(await page.textContent('#graph-status')).toBe('showing 3 of 3 pairs (5 actors, 5 of 5 events), heaviest first');
    expect(await page.textContent('#stats')).toContain('5 articles');
  });

  it('filters the network by quad class', async () => {
    await open('#/?quadClass=4', 'graph');
    expect(await page.evaluate(() => (window as any).dyadGraph.edges().length)).toBe(1);
    expect(await page.inputValue('select[name="quadClass"]')).toBe('4');
  });

  it('opens an edge: its timeline by month and quad class, and the evidence with triggers', async () => {
    await open('#/', 'graph');
    await clickGraph('edge[source="vladimir-putin"][target="taliban"]');
    await page.waitForSelector('#panel .edge-title');
    expect(await page.textContent('#panel .edge-title')).toBe('Vladimir Putin → Taliban');
    expect(await page.locator('#panel svg.timeline rect.bar').count()).toBe(2);
    expect(await page.locator('#panel svg.timeline rect.quad-2').count()).toBe(1);
    expect(await page.locator('#panel svg.timeline .goldstein-line').count()).toBe(1);
    expect((await page.locator('#panel .evidence mark.trg').allTextContents()).sort()).toEqual(['pledged support', 'sent a shipment of wheat']);
    expect(await page.getAttribute('#panel .evidence a.article-link >> nth=0', 'href')).toMatch(/^#\/article\/\d+$/);
  });

  it('filters the evidence to a month clicked on the timeline, and back to all months; axis labels never overlap', async () => {
    await open('#/', 'graph');
    await clickGraph('edge[source="vladimir-putin"][target="taliban"]');
    await page.waitForSelector('#panel svg.timeline rect.month-hit');
    expect(await page.$$eval('#panel .timeline .month-hit', (els) => els.map((e) => e.getAttribute('data-month')))).toEqual(['2024-06', '2024-08']);
    // A click where the bar is drawn reaches its month's column.
    const bar = (await page.locator('#panel svg.timeline rect.bar[data-month="2024-08"]').boundingBox())!;
    await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await page.waitForFunction(() => document.querySelector('#evidence h3')?.textContent?.startsWith('Evidence from 2024-08'));
    expect(await page.locator('#panel .evidence mark.trg').allTextContents()).toEqual(['sent a shipment of wheat']);
    expect(await page.getAttribute('#panel .month-hit[data-month="2024-08"]', 'class')).toContain('selected');
    await page.click('#panel .month-hit[data-month="2024-06"]');
    await page.waitForFunction(() => document.querySelector('#evidence h3')?.textContent?.startsWith('Evidence from 2024-06'));
    expect(await page.locator('#panel .evidence mark.trg').allTextContents()).toEqual(['pledged support']);
    await page.click('#evidence-all');
    await page.waitForFunction(() => document.querySelectorAll('#panel .evidence').length === 2);
    expect(await page.locator('#panel .month-hit.selected').count()).toBe(0);
    const labels = await page.$$eval('#panel .timeline .month-label', (els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent, left: r.left, right: r.right, height: r.height };
    }));
    expect(labels.map((l) => l.text)).toEqual(['Jun 2024', 'Jul 2024', 'Aug 2024']);
    for (let i = 1; i < labels.length; i++) expect(labels[i].left).toBeGreaterThan(labels[i - 1].right);
    expect(labels[0].height).toBeGreaterThanOrEqual(10);
  });

  it('names the claimant of an event reported inside a quote', async () => {
    await open('#/', 'graph');
    await clickGraph('edge[source="RUS"]');
    await page.waitForSelector('#panel .claimant');
    expect(await page.textContent('#panel .claimant')).toBe('claimed by Dmytro Kuleba');
    expect(await page.textContent('#panel .evidence mark.trg')).toBe('shelled');
  });

  it('opens a node: roles and dates, partners, quotes by it', async () => {
    await open('#/', 'graph');
    await clickGraph('node[id="vladimir-putin"]');
    await page.waitForSelector('#panel .actor-title');
    expect(await page.textContent('#panel .actor-title')).toBe('Vladimir Putin');
    expect(await page.textContent('#panel')).toContain('Seen 2024-06 to 2024-10');
    expect(await page.locator('#panel .partners li').count()).toBe(2);
    expect(await page.textContent('#panel .quotes-by')).toContain('We will stand with our neighbours');
  });

  it('shows an article with quotes coloured by speaker, event triggers and entities marked', async () => {
    await open('#/article/1', 'article');
    const quote = page.locator('.article-body span.q');
    expect(await quote.first().getAttribute('class')).toMatch(/spk-0/);
    expect((await quote.allTextContents()).join('')).toBe('We will stand with our neighbours against terror,');
    expect(await page.textContent('.article-body span.trg')).toBe('pledged support');
    expect(await page.locator('.article-body span.ent').count()).toBeGreaterThanOrEqual(3);
    expect(await page.textContent('.layers .legend')).toContain('Vladimir Putin');
  });

  it('finds quotes by words and by speaker', async () => {
    await open('#/quotes?q=neighbours', 'quotes');
    expect(await page.textContent('#quote-results mark')).toBe('neighbours');
    await open('#/quotes?speaker=Kuleba', 'quotes');
    expect(await page.locator('#quote-results li').count()).toBe(1);
    expect(await page.textContent('#quote-results')).toContain('Odesa');
  });

  it('analyses a pasted briefing and shows its quotes', async () => {
    await open('#/paste', 'paste');
    await page.fill('#paste-text', BRIEFING_TEXT);
    await page.click('#paste-go');
    await page.waitForSelector('#paste-result .quote-item', { timeout: 20_000 });
    expect(await page.locator('#paste-result .quote-item').count()).toBeGreaterThanOrEqual(2);
    const marked = (await page.locator('#paste-result .article-body span.q').allTextContents()).join(' ');
    expect(marked).toContain('adding fuel to the fire');
    expect(await page.textContent('#paste-result .layers')).toContain('Lin');
  });

  it('renders a hostile article as inert text: no script runs, no image loads, no javascript: link', async () => {
    for (const [hash, view] of [['#/article/5', 'article'], ['#/quotes?speaker=Erdogan', 'quotes'], ['#/quotes?q=peace', 'quotes']]) {
      await open(hash, view);
      expect(await page.locator('#view script, #view img').count(), hash).toBe(0);
    }
    await open('#/article/5', 'article');
    expect(await page.textContent('.article-title')).toContain('<script>window.__pwned');
    expect(await page.textContent('.article-body')).toContain('<img src="x" onerror=');
    expect(await page.getAttribute('.layers .related a', 'href')).toBe('#');
    await open('#/', 'graph');
    await clickGraph('edge[source="recep-tayyip-erdogan"]');
    await page.waitForSelector('#panel .evidence');
    expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(browser.errors).toEqual([]);
  });
});
