// The parse behind an event, on demand, in real headless Chromium: a pasted sentence is analysed by the
// real pipeline, and opening "why" under its event draws the sentence's dependency arcs with the
// trigger, source and target marked and the pattern that coded it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from '../../src/server/serve.ts';
import { hasChromium, type Browser } from './harness.ts';
import { servedPage } from './served.ts';

describe.skipIf(!hasChromium)('the parse behind an event', () => {
  const served = servedPage();
  let server: Running, browser: Browser, page: Page;
  beforeAll(() => void ({ server, browser, page } = served));

  it('draws the arcs of the event\'s sentence only when "why" is opened', async () => {
    await page.goto(`${server.url}#/paste`);
    await page.waitForSelector('#view[data-view="paste"]');
    await page.fill('#paste-text', 'Canada imposed new sanctions on Belarus on Monday.\n\nThe weather in Ottawa was mild.');
    await page.click('#paste-go');
    // the first paste starts the analysis worker, which loads the models: slow on a busy machine
    await page.waitForSelector('#paste-result .event-item', { timeout: 80_000 });
    const item = page.locator('#paste-result .event-item').first();
    expect(await item.locator('svg.parse').count()).toBe(0);
    await item.locator('details.why summary').click();
    await item.locator('svg.parse').waitFor();
    const words = await item.locator('svg.parse text.word').allTextContents();
    // the event's own sentence, not the next one
    expect(words).toEqual(['Canada', 'imposed', 'new', 'sanctions', 'on', 'Belarus', 'on', 'Monday', '.']);
    // one arc per word but the root, each labelled with a relation
    const arcs = await item.locator('svg.parse g.arc').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-head')}>${g.getAttribute('data-dep')} ${g.getAttribute('data-rel')}`));
    expect(arcs).toHaveLength(words.length - 1);
    expect(arcs).toContain('1>0 nsubj');
    expect(arcs).toContain('1>3 obj');
    expect(await item.locator('svg.parse text.word.p-trg').first().textContent()).toBe('imposed');
    expect(await item.locator('svg.parse text.word.p-src').allTextContents()).toEqual(['Canada']);
    expect(await item.locator('svg.parse text.word.p-tgt').allTextContents()).toEqual(['Belarus']);
    expect(await item.locator('.why-facts').textContent()).toMatch(/pattern data\/verbs\/\S+:\d+ · source by nsubj/);
    expect(browser.errors).toEqual([]);
  }, 120_000);

  it('says so when an article was stored without a parse', async () => {
    await page.goto(`${server.url}#/article/1`);
    await page.waitForSelector('#view[data-view="article"]');
    const item = page.locator('.event-item').first();
    await item.locator('details.why summary').click();
    expect(await item.locator('.why-body').textContent()).toContain('No parse was stored');
  });
});
