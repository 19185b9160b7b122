import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import type { RawRecord } from '../doc/record.ts';
import { articleDate, datelineDay, headLineDate } from './article-date.ts';
import { readArticle } from './read-article.ts';

const config = buildConfig({ today: '2026-11-27' });
const read = (r: Partial<RawRecord>) => readArticle({ id: 'a', ...r } as RawRecord, config).meta;

const LEAD = 'The harbour board voted to dredge the eastern channel before the spring fishing season, its chair said.';
const MORE = 'Work will start in March and cost about four million, according to the board, which met for three hours.';
const page = (head: string, body: string) => `<html><head>${head}</head><body><article><h1>Harbour channel to be dredged before spring</h1>${body}<p>${MORE}</p></article></body></html>`;
const JSONLD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour channel","datePublished":"2023-05-02T08:00:00Z"}</script>';

describe('article date and its source', () => {
  it('takes the record date first, even over the page and the URL', () => {
    expect(read({ html: page(JSONLD, `<p>${LEAD}</p>`), url: 'https://port.example/2022/01/09/dredge', date: '2024-06-20' })).toMatchObject({ date: '2024-06-20', dateSource: 'record' });
  });

  it('marks a feed item date as feed, and prefers it to the page', () => {
    expect(read({ html: page(JSONLD, `<p>${LEAD}</p>`), date: '2024-06-21T10:00:00Z', dateSource: 'feed' })).toMatchObject({ date: '2024-06-21', dateSource: 'feed' });
  });

  it('takes page metadata before the URL', () => {
    expect(read({ html: page(JSONLD, `<p>${LEAD}</p>`), url: 'https://port.example/2022/01/09/dredge' })).toMatchObject({ date: '2023-05-02', dateSource: 'metadata' });
    expect(read({ html: page('<meta property="article:published_time" content="2021-07-30">', `<p>${LEAD}</p>`) })).toMatchObject({ date: '2021-07-30', dateSource: 'metadata' });
  });

  it('takes the URL before a dateline', () => {
    const text = `Harbour channel to be dredged before spring\n\nPORTHAVEN, March 4, 2025 (Coastwire) - ${LEAD}\n\n${MORE}`;
    expect(read({ text, url: 'https://port.example/2022/01/09/dredge' })).toMatchObject({ date: '2022-01-09', dateSource: 'url' });
    expect(read({ text })).toMatchObject({ date: '2025-03-04', dateSource: 'dateline' });
  });

  it('takes a date in the file path when there is no URL, before a dateline', () => {
    const text = `PORTHAVEN, March 4, 2025 (Coastwire) - ${LEAD}\n\n${MORE}`;
    expect(read({ text, path: 'archive/coastwire_2016-11-11_dredging.txt' })).toMatchObject({ date: '2016-11-11', dateSource: 'url' });
    expect(read({ text, path: 'archive/dredging.txt' })).toMatchObject({ date: '2025-03-04', dateSource: 'dateline' });
    expect(read({ text, url: 'https://port.example/dredging', path: 'archive/coastwire_2016-11-11_dredging.txt' })).toMatchObject({ dateSource: 'dateline' });
  });

  it('reads a dateline in an HTML page without metadata', () => {
    expect(read({ html: page('', `<p>PORTHAVEN, 4 March 2025 (Coastwire) - ${LEAD}</p>`) })).toMatchObject({ date: '2025-03-04', dateSource: 'dateline' });
  });

  it('reads a "Published" line at the head of a text article', () => {
    expect(read({ text: `Harbour channel to be dredged before spring\n\nPublished 2024-11-30\n\n${LEAD}\n\n${MORE}` })).toMatchObject({ date: '2024-11-30', dateSource: 'dateline' });
    expect(read({ text: `Published: 30 November 2024\n${LEAD}\n\n${MORE}` })).toMatchObject({ date: '2024-11-30', dateSource: 'dateline' });
  });

  it('falls back to the ingest day, marked as such', () => {
    expect(read({ text: `${LEAD}\n\n${MORE}` })).toMatchObject({ date: '2026-11-27', dateSource: 'ingest' });
    expect(read({ html: page('', `<p>${LEAD}</p>`) })).toMatchObject({ date: '2026-11-27', dateSource: 'ingest' });
  });

  it('never takes a date mentioned in the body: a 2016 report recalling an earlier day', () => {
    const text = `Town marks four years since the flood\n\nOn December 14, 2012, the river broke its banks and swept through the lower town, residents recalled.\n\nThe council unveiled a plaque on the old quay. "We remember 14 December 2012 every day," the mayor said.`;
    expect(read({ text })).toMatchObject({ date: '2026-11-27', dateSource: 'ingest' });
    expect(read({ text, date: '2016-12-14' })).toMatchObject({ date: '2016-12-14', dateSource: 'record' });
    // A stamp-like sentence in the body is a sentence, not a stamp.
    expect(headLineDate(['On December 14, 2012, the river broke its banks and swept through the lower town.'])).toBeNull();
    expect(headLineDate(['Town remembers flood of 14 December 2012'])).toBeNull();
    expect(headLineDate(['Updated: Tuesday, 14 December 2016 10:02 GMT'])).toBe('2016-12-14');
    const html = page('', `<p>On 6 August 1945 the city was destroyed; today visitors came to the memorial, the guide said.</p>`);
    expect(read({ html, url: 'https://port.example/world/visit' })).toMatchObject({ dateSource: 'ingest' });
  });

  it('gives a dateline without a year the latest such day on or before the ingest day', () => {
    expect(datelineDay('MOSCOW, June 20 (Reuters)', '2026-11-27')).toBe('2026-06-20');
    expect(datelineDay('MOSCOW, December 30 (Reuters)', '2026-11-27')).toBe('2025-12-30');
    expect(datelineDay('KYIV, 29 Feb (Wire)', '2026-11-27')).toBe(null); // 2026 and 2025 have no 29 February
    expect(datelineDay('KYIV, 29 Feb (Wire)', '2024-03-01')).toBe('2024-02-29');
    expect(datelineDay('WASHINGTON (AP)', '2026-11-27')).toBeNull();
  });

  it('ignores a record date that is not a day', () => {
    expect(articleDate({ record: 'soon', today: '2026-11-27' })).toEqual({ date: '2026-11-27', source: 'ingest' });
  });
});
