import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContract } from '../doc/contract.ts';
import { buildConfig } from '../config/config.ts';
import { readHtmlArticle } from './html-article.ts';
import { readArticle } from './read-article.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/html/${name}`, import.meta.url), 'utf8');
const read = (html: string, url: string | null = null) => readHtmlArticle({ id: 't', html, url, date: null });

describe('HTML article: the harbour page (JSON-LD, captions, sections, promotions)', () => {
  const doc = read(fixture('harbour-jsonld.html'), 'https://ledger.example/news/2024/03/14/ferries');
  const paragraphs = doc.text.split('\n\n');

  it('keeps the body paragraphs and headings, one blank line apart', () => {
    expect(paragraphs[0]).toMatch(/^The councils of four harbour towns voted/);
    expect(paragraphs).toContain('A long quarrel over timetables');
    expect(paragraphs).toContain('What happens next');
    expect(paragraphs.at(-1)).toMatch(/weather and shipyards permitting\.$/);
    expect(paragraphs).toHaveLength(8);
  });

  it('drops captions, photo credits, bylines, share bars, newsletter lines and update stamps', () => {
    for (const gone of ['old ferry leaves', 'Photo: Ines Harrow', 'Image copyright', 'By Mara', 'Share on', 'newsletter', 'Updated 9:41', 'Copyright', 'Home']) {
      expect(doc.text).not.toContain(gone);
    }
  });

  it('cuts the dateline from the first paragraph and keeps it in meta', () => {
    expect(doc.meta.dateline).toBe('PORT ELLIS (Coastal Wire)');
    expect(doc.text.startsWith('The councils')).toBe(true);
  });

  it('moves "Read more" lines and the Related list into meta.related, with absolute URLs', () => {
    expect(doc.text).not.toContain('Read more');
    expect(doc.text).not.toContain('New quay opens');
    expect(doc.meta.related).toEqual([
      { title: 'Ferry operator fined over cancelled winter crossings', url: 'https://ledger.example/news/ferry-fines' },
      { title: 'New quay opens at Port Ellis after two years of work', url: 'https://ledger.example/news/new-quay' },
    ]);
  });

  it('opens a section at each h2 and h3, with offsets into the text', () => {
    const c = toContract(doc);
    expect(c.article.sections.map((s) => s.heading)).toEqual([null, 'A long quarrel over timetables', 'What happens next']);
    expect(c.article.sections.map((s) => s.paragraphs.length)).toEqual([3, 2, 1]);
    const p = c.article.sections[2].paragraphs[0];
    expect(doc.text.slice(p.start, p.end)).toMatch(/^A joint board will meet/);
    expect(c.article.text).toBe(doc.text);
  });

  it('takes title, date, byline and language from JSON-LD', () => {
    expect(doc.meta).toMatchObject({ title: 'Harbour towns agree to share a ferry fleet', date: '2024-03-14', byline: 'Mara Lindqvist, Tomas Oyelaran', language: 'en' });
  });
});

describe('HTML article: other metadata sources', () => {
  it('reads meta tags when there is no JSON-LD', () => {
    const doc = read(fixture('orchard-meta.html'));
    expect(doc.meta).toMatchObject({ title: 'Les vergers du plateau rouvrent aux visiteurs', date: '2022-09-05', byline: 'Claire Dumontel', language: 'fr' });
    expect(doc.text.split('\n\n')).toHaveLength(3);
  });

  it('reads <time> when there are no meta tags, and drops the posted line and headline', () => {
    const doc = read(fixture('library-time.html'));
    expect(doc.meta.date).toBe('2021-11-08');
    expect(doc.text).not.toContain('Posted');
    expect(doc.text).not.toContain('Library extends');
    expect(doc.text.split('\n\n')).toHaveLength(3);
  });

  it('reads the date from the URL as a last resort', () => {
    const html = fixture('library-time.html').replace(/<time[^>]*>[^<]*<\/time>/, '');
    const doc = readArticle({ id: 't', html, url: 'https://gazette.example/2020/02/29/library' }, buildConfig());
    expect(doc.meta).toMatchObject({ date: '2020-02-29', dateSource: 'url' });
  });
});

describe('HTML article: hard pages', () => {
  const prose = 'The committee met again on Monday to go through the budget line by line, and its members said they expected to finish the work before the end of the month. ';

  it('keeps a hover card out of the sentence but keeps the linked name', () => {
    const html = `<html><body><article><p>${prose}</p><p>The plan was backed by <span class="rollover-people"><a href="/p/ana">Ana Ruiz</a><span class="rollover-people-block"><img src="a.jpg"><a href="/x">Ruiz wins vote on harbour fees</a></span></span> and two other members of the committee.</p><p>${prose}</p></article></body></html>`;
    const doc = read(html);
    expect(doc.text).toContain('The plan was backed by Ana Ruiz and two other members of the committee.');
    expect(doc.text).not.toContain('harbour fees');
  });

  it('falls back to the largest block of text when Readability finds nothing', () => {
    const html = `<html><body><div><p>Short lines only.</p><p>Another short one, but together they still tell what happened at the mill.</p></div><div><a href="/">Home</a></div></body></html>`;
    const doc = read(html);
    expect(doc.text).toContain('together they still tell what happened at the mill');
  });

  it('reads broken HTML without throwing', () => {
    const html = `<html><body><div><p>${prose}<b>bold that never closes <i>and italic <p>${prose}</div></span></table><<>>`;
    const doc = read(html);
    expect(doc.text).toContain('The committee met again on Monday');
  });

  it('keeps linked headings, short list items and linked source URLs; drops a bare page URL', () => {
    const html = `<html><body><article><p>https://gazette.example/news/article-123.php</p><ul><li>Speed x2</li><li>Range 40 km</li></ul>
      <p>${prose}</p><h3><a href="/p/1">Harbour Pass 2024</a></h3><p>${prose}</p>
      <p>Sources:</p><p><a href="https://archive.example/report-2019">https://archive.example/report-2019</a></p></article></body></html>`;
    const paragraphs = read(html).text.split('\n\n');
    expect(paragraphs).not.toContain('https://gazette.example/news/article-123.php');
    expect(paragraphs).toEqual(expect.arrayContaining(['Speed x2', 'Range 40 km', 'Harbour Pass 2024', 'https://archive.example/report-2019']));
  });

  it('keeps an embedded post whose wrapper is named as social', () => {
    const html = `<html><body><article><p>${prose}</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>The new ferry timetable is finally out and it works for us <a href="https://t.example/x">t.example/x</a></p>— Island Parents (@islandparents) <a href="https://t.example/s/1">March 3, 2024</a></blockquote></div><p>${prose}</p></article></body></html>`;
    expect(read(html).text).toContain('The new ferry timetable is finally out');
  });

  it('takes a "More:" block of linked headings into related, and goes on with the body after it', () => {
    const html = `<html><body><article><p>${prose}</p><h4>More:</h4><h4><a href="/a">Ferry fares frozen for the winter</a></h4>
      <h4><a href="/b">Island school gets a new boat</a></h4><p>The vote is expected on Friday, the chair of the committee said after the meeting.</p></article></body></html>`;
    const doc = read(html, 'https://gazette.example/news/x');
    expect(doc.text).not.toContain('More:');
    expect(doc.text).not.toContain('Ferry fares');
    expect(doc.text).toContain('The vote is expected on Friday');
    expect(doc.meta.related).toEqual([
      { title: 'Ferry fares frozen for the winter', url: 'https://gazette.example/a' },
      { title: 'Island school gets a new boat', url: 'https://gazette.example/b' },
    ]);
  });

  it('reads a bare fragment with no <html> or <body>', () => {
    const doc = read(`<p>${prose}</p><p>${prose}</p>`);
    expect(doc.text.split('\n\n')).toHaveLength(2);
  });

  it('reads a page nested thousands deep quickly, without overflowing the stack', () => {
    const t0 = performance.now();
    const doc = read('<html><body>' + '<div><b>'.repeat(20000) + `<p>${prose}</p>` + '</body></html>');
    expect(doc.text).toContain('The committee met again');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('gives an empty text (the stage then rejects it) for a page with no words', () => {
    expect(read('<html><body><img src="x.png"><script>var a = 1;</script></body></html>').text).toBe('');
  });
});

describe('HTML article: a metered page', () => {
  const para = (k: number) => `Paragraph ${k} of the report on the lighthouse keepers' strike goes on about the night shifts, the union's demands and the harbour board's answer, in words long enough to be body text.`;
  const html = `<!doctype html><html><head><title>Keepers strike</title></head><body><article>
    <h1>Lighthouse keepers strike for a second week</h1>
    <p>${para(1)}</p>
    ${[2, 3, 4, 5].map((k) => `<p class="paywall">${para(k)}</p>`).join('\n')}
    <div class="paywall-prompt"><p>Subscribe now to keep reading every story.</p><a href="/subscribe">Subscribe</a></div>
  </article></body></html>`;
  const doc = read(html, 'https://gazette.example/2024/05/keepers');

  it('keeps paragraphs marked "paywall" as the article text they are', () => {
    for (const k of [1, 2, 3, 4, 5]) expect(doc.text).toContain(`Paragraph ${k} of the report`);
  });

  it('drops the subscribe box the same word marks', () => {
    expect(doc.text).not.toContain('Subscribe now');
  });
});
