// The list pages in real Chromium, on the fixture store: actors, articles and events sorted by their
// headers, paged, filtered with the network's filters kept in the URL, a bad filter shown beside the
// form, and each list linking to the others (an actor's page lists its events; an event links to its
// article and its actors).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from '../../src/server/serve.ts';
import { hasChromium, SKIP_MESSAGE, type Browser } from './harness.ts';
import { servedPage } from './served.ts';

if (!hasChromium) console.warn(SKIP_MESSAGE);

describe.skipIf(!hasChromium)('list pages in Chromium', () => {
  const served = servedPage();
  let server: Running, browser: Browser, page: Page;
  beforeAll(() => void ({ server, browser, page } = served));

  const open = async (hash: string, view: string) => {
    await page.goto('about:blank');
    browser.errors.length = 0;
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector(`#view[data-view="${view}"]`);
  };
  /** After a click that changes the hash: the new view drawn. */
  const settle = (view: string) => page.waitForFunction((v) => document.getElementById('view')!.dataset.view === v && !!document.querySelector('#list-status, #actor-profile h2'), view);
  const column = (i: number) => page.$$eval(`#list-table tbody tr td:nth-child(${i})`, (tds) => tds.map((td) => td.textContent!.trim()));
  const hashParams = () => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] ?? '')));

  it('sorts events by a header click, newest then oldest, with the sort kept in the URL', async () => {
    await open('#/events', 'events');
    expect(await column(1)).toEqual(['2024-10-02', '2024-09-03', '2024-08-21', '2024-07-09', '2024-06-18']);
    await page.click('#list-table th a[data-sort="oldest"]');
    await page.waitForFunction(() => location.hash.includes('sort=oldest'));
    await settle('events');
    await page.waitForFunction(() => document.querySelector('#list-table tbody td')?.textContent === '2024-06-18');
    expect(await column(1)).toEqual(['2024-06-18', '2024-07-09', '2024-08-21', '2024-09-03', '2024-10-02']);
    expect(await page.getAttribute('#list-table th.sorted', 'aria-sort')).toBe('ascending');
    await page.click('#list-table th a[data-sort="conflict"]');
    await page.waitForFunction(() => location.hash.includes('sort=conflict'));
    await page.waitForFunction(() => document.querySelector('#list-table tbody td:nth-child(3)')?.textContent?.startsWith('ASSAULT'));
    expect((await column(5))[0]).toBe('-10');
    expect(browser.errors).toEqual([]);
  });

  it('filters events with the network\'s filters from the form and the URL, and links to the same network', async () => {
    await open('#/events', 'events');
    await page.fill('#list-filters input[name="country"]', 'tur');
    await page.selectOption('#list-filters select[name="quadClass"]', '3');
    await page.click('#list-filters button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes('country=TUR'));
    await settle('events');
    await page.waitForFunction(() => document.querySelectorAll('#list-table tbody tr').length === 1);
    expect(await hashParams()).toEqual({ country: 'TUR', quadClass: '3' });
    expect((await column(3))[0]).toMatch(/^ACCUSE/);
    expect(await page.getAttribute('.list-links a:last-child', 'href')).toBe('#/?quadClass=3&country=TUR');
    await open('#/events?outlet=wire.example&sort=oldest', 'events');
    expect((await column(3)).map((x) => x.split(' ')[0])).toEqual(['SUPPORT', 'AID']);
    await open('#/events?type=ACCUSE', 'events');
    expect(await page.inputValue('#list-filters input[name="type"]')).toBe('ACCUSE');
    expect(await column(3)).toHaveLength(1);
  });

  it('goes from the network to the same events as a list, and from an article to its events', async () => {
    await open('#/?quadClass=3&country=TUR', 'graph');
    await page.click('#graph-events-list');
    await settle('events');
    expect(await hashParams()).toEqual({ quadClass: '3', country: 'TUR' });
    await page.waitForFunction(() => document.querySelectorAll('#list-table tbody tr').length === 1);
    expect((await column(3))[0]).toMatch(/^ACCUSE/);
    await open('#/article/3', 'article');
    await page.click('a.article-events');
    await settle('events');
    await page.waitForFunction(() => document.querySelectorAll('#list-table tbody tr').length === 1);
    expect((await column(3))[0]).toMatch(/^AID/);
  });

  it('shows a bad filter beside the form, with the form still there and its field marked', async () => {
    await open('#/events?type=HUG', 'events');
    await page.waitForSelector('#list-error:not([hidden])');
    expect(await page.textContent('#list-error')).toMatch(/^type: expected a PLOVER type/);
    expect(await page.getAttribute('#list-filters input[name="type"]', 'aria-invalid')).toBe('true');
    expect(await page.isVisible('#list-filters button[type="submit"]')).toBe(true);
    await open('#/actors?country=Russia', 'actors');
    await page.waitForSelector('#list-error:not([hidden])');
    expect(await page.textContent('#list-error')).toMatch(/^country: expected a three-letter code/);
  });

  it('pages through actors sorted by name, and filters them by country', async () => {
    await open('#/actors?sort=name', 'actors');
    const names = await column(1);
    expect(names.length).toBeGreaterThan(3);
    const plain = names.map((x) => x.replace(/ [A-Z]{3}( [A-Z]{3,4})?$/, '').toLowerCase());
    expect(plain).toEqual([...plain].sort());
    expect(await page.$('#page-next')).toBeNull(); // the fixture store fits one page
    await open('#/actors?sort=name&page=2', 'actors');
    expect(await page.textContent('#list-status')).toBe('No actors on page 2.');
    expect(await page.getAttribute('#page-prev', 'href')).toBe('#/actors?sort=name');
    await open('#/actors?country=UKR', 'actors');
    expect((await column(2)).sort()).toEqual(['UKR', 'dmytro-kuleba']);
  });

  it('goes from an actor to its page and events, from an event to its article, and from an article to its events', async () => {
    await open('#/actors?name=Erdogan', 'actors');
    await page.click('#list-table a.actor-link');
    await settle('actor');
    await page.waitForSelector('#actor-event-table');
    expect(await page.textContent('#actor-profile h2')).toBe('Recep Tayyip Erdogan');
    expect(await page.$$eval('#actor-event-table tbody tr', (r) => r.length)).toBe(2);
    expect(await page.getAttribute('a[href="#/actors"]', 'class')).toBe('active');
    await page.click('#actor-all-events');
    await settle('events');
    expect(await hashParams()).toEqual({ actor: 'recep-tayyip-erdogan', exact: '1' });
    await page.waitForFunction(() => document.querySelectorAll('#list-table tbody tr').length === 2);
    // The event's target is an actor with a page of its own, and its article is a link.
    await page.click('#list-table tbody tr:last-child td:nth-child(4) a.actor-link');
    await settle('actor');
    expect(await page.textContent('#actor-profile h2')).toBe('Vladimir Putin');
    await open('#/events?sort=oldest', 'events');
    await page.click('#list-table tbody tr:first-child a.article-link');
    await page.waitForSelector('#view[data-view="article"]');
    expect(await page.textContent('.article-title')).toBe('Putin pledges support to Taliban government');
    await open('#/articles?outlet=wire.example', 'articles');
    expect(await column(2)).toEqual(['Russian wheat reaches Kabul', 'Putin pledges support to Taliban government']);
    await page.click('#list-table tbody tr:first-child a.events-link');
    await settle('events');
    await page.waitForFunction(() => document.querySelectorAll('#list-table tbody tr').length === 1);
    expect((await column(3))[0]).toMatch(/^AID/);
    expect(browser.errors).toEqual([]);
  });
});
