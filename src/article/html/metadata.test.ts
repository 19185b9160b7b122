import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isoDay, readPageMeta, urlDate } from './metadata.ts';
import { indexPage } from './page-index.ts';

const meta = (html: string) => readPageMeta(indexPage(parseHTML(html).document));

describe('page metadata', () => {
  it('takes title, date, authors and language from JSON-LD before meta tags', () => {
    const m = meta(`<html><head>
      <meta property="og:title" content="A meta title"><meta property="article:published_time" content="2020-01-01T00:00:00Z">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
        {"@type":"NewsArticle","headline":"Dam repairs finish early","datePublished":"2024-06-20T23:10:00-04:00",
         "inLanguage":"de-AT","author":[{"@type":"Person","name":"Ada Brenner"},{"@type":"Person","name":"Jon Pike"}]}]}</script>
      </head><body></body></html>`);
    // The day as written, not shifted to UTC (23:10 at -04:00 is the next day in UTC).
    expect(m).toEqual({ title: 'Dam repairs finish early', date: '2024-06-20', byline: 'Ada Brenner, Jon Pike', language: 'de' });
  });

  it('reads og:title, article:published_time, name=author and html lang without JSON-LD', () => {
    const m = meta(`<html lang="pt-BR"><head><title>Ignored | Site</title>
      <meta property="og:title" content="Bridge reopens to cyclists">
      <meta property="article:published_time" content="2019-03-07T10:00:00+01:00">
      <meta name="author" content="By Rita Souza"></head><body></body></html>`);
    expect(m).toEqual({ title: 'Bridge reopens to cyclists', date: '2019-03-07', byline: 'Rita Souza', language: 'pt' });
  });

  it('falls back to <time>, preferring the one marked as published', () => {
    const m = meta(`<html><body><h1>Market hall gets a new roof</h1>
      <time datetime="2018-02-01">updated</time> <time itemprop="datePublished" datetime="2018-01-15T09:00">15 Jan</time></body></html>`);
    expect(m.title).toBe('Market hall gets a new roof');
    expect(m.date).toBe('2018-01-15');
    const textOnly = meta(`<html><body><time>March 3, 2017</time></body></html>`);
    expect(textOnly.date).toBe('2017-03-03');
  });

  it('reads a date from the URL (weighed after metadata by article-date.ts)', () => {
    expect(meta('<html><body><p>x</p></body></html>').date).toBeNull();
    expect(urlDate('https://news.example/2024/06/20/dam-repairs')).toBe('2024-06-20');
    expect(urlDate('https://news.example/world/2021-11-05-talks-resume.html')).toBe('2021-11-05');
    expect(urlDate('https://news.example/20230704/fireworks/')).toBe('2023-07-04');
    expect(urlDate('https://news.example/world/2019/nov/18/talks')).toBe('2019-11-18');
    expect(urlDate('https://news.example/2019/11/only-a-month')).toBeNull();
    expect(urlDate('https://news.example/2019/13/40/not-a-date')).toBeNull();
  });

  it('does not take a profile URL for an author, and strips a site name from <title>', () => {
    const m = meta(`<html><head><title>Tram line extended to the airport | City Post</title>
      <meta property="article:author" content="https://www.facebook.com/citypost"></head><body></body></html>`);
    expect(m.byline).toBeNull();
    expect(m.title).toBe('Tram line extended to the airport');
  });

  it('takes the day the page shows over a UTC stamp one day off, and a date-named element without metadata', () => {
    const shown = '<span class="ArticlePage-datePublished-day">Nov. 19, 2019</span>';
    expect(meta(`<html><head><meta property="article:published_time" content="2019-11-20T01:53:14Z"></head><body>${shown}</body></html>`).date).toBe('2019-11-19');
    // Even with a zone: publishers' zones are often wrong, and the shown day is what readers see.
    expect(meta(`<html><head><meta property="article:published_time" content="2019-11-20T04:31:13-06:00"></head><body>${shown}</body></html>`).date).toBe('2019-11-19');
    // More than a day apart: the shown date is some other story's.
    expect(meta(`<html><head><meta property="article:published_time" content="2019-11-25T01:53:14Z"></head><body>${shown}</body></html>`).date).toBe('2019-11-25');
    expect(meta('<html><body><p class="article-publish-date">November 19, 2019, 9:02 AM</p><p>x</p></body></html>').date).toBe('2019-11-19');
  });

  it('survives broken JSON-LD', () => {
    const m = meta(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <meta name="date" content="2022-05-09"></head><body></body></html>`);
    expect(m.date).toBe('2022-05-09');
  });

  it('turns written dates into ISO days', () => {
    expect(isoDay('20 June 2024')).toBe('2024-06-20');
    expect(isoDay('Jun. 20, 2024 5:00 PM')).toBe('2024-06-20');
    expect(isoDay('2024/06/20')).toBe('2024-06-20');
    expect(isoDay('yesterday')).toBeNull();
  });
});
