// The page's pure helpers: safe links, Goldstein colours, month filling, and span marking (on linkedom's DOM).
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { goldsteinColor, safeHref } from './dom.ts';
import { markText } from './marks.ts';
import { fillMonths } from './timeline.ts';

beforeAll(() => {
  (globalThis as any).document = parseHTML('<!doctype html><html><body></body></html>').document;
});

describe('safeHref', () => {
  it('keeps page, http and https links and kills the rest', () => {
    expect(safeHref('#/article/3')).toBe('#/article/3');
    expect(safeHref('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeHref('javascript:alert(1)')).toBe('#');
    expect(safeHref(' JavaScript:alert(1)')).toBe('#');
    expect(safeHref('data:text/html,<script>1</script>')).toBe('#');
    expect(safeHref('not a url')).toBe('#');
  });

  it('kills protocol-relative links, which would leave the page for another host', () => {
    expect(safeHref('/api/stats')).toBe('/api/stats');
    expect(safeHref('//evil.example/x')).toBe('#');
    expect(safeHref('/\\evil.example/x')).toBe('#');
  });
});

describe('goldsteinColor', () => {
  it('runs from red (conflict) through grey to green (cooperation)', () => {
    expect(goldsteinColor(-10)).toBe('#d7191c');
    expect(goldsteinColor(10)).toBe('#1a9641');
    expect(goldsteinColor(0)).toBe('#aaaaaa');
    expect(goldsteinColor(null)).toBe('#999999');
    const [r, g] = [parseInt(goldsteinColor(-2).slice(1, 3), 16), parseInt(goldsteinColor(-2).slice(3, 5), 16)];
    expect(r).toBeGreaterThan(g);
  });
});

describe('fillMonths', () => {
  it('fills the gaps between the first and last month, across a year end', () => {
    const m = (month: string, count: number) => ({ month, count, quad: [count, 0, 0, 0] as [number, number, number, number], meanGoldstein: 1 });
    expect(fillMonths([m('2023-11', 2), m('2024-02', 1)]).map((x) => `${x.month}:${x.count}`)).toEqual(['2023-11:2', '2023-12:0', '2024-01:0', '2024-02:1']);
    expect(fillMonths([])).toEqual([]);
    expect(fillMonths([m('0000-00', 3), m('2024-02', 1)]).map((x) => x.month)).toEqual(['2024-02']);
  });
});

describe('markText', () => {
  const html = (nodes: Node[]) => {
    const p = document.createElement('p');
    for (const n of nodes) p.appendChild(n);
    return p.innerHTML;
  };
  it('cuts text at span boundaries and gives each piece the classes covering it', () => {
    const text = 'Putin said "we agree" today.';
    const out = markText(text, [
      { start: 11, end: 21, cls: ['q', 'spk-0'] },
      { start: 12, end: 20, cls: ['trg'] },
      { start: 0, end: 5, cls: ['ent'] },
    ]);
    expect(out.map((n) => n.textContent).join('')).toBe(text);
    expect(html(out)).toBe('<span class="ent">Putin</span> said <span class="q spk-0">"</span><span class="q spk-0 trg">we agree</span><span class="q spk-0">"</span> today.');
  });
  it('clips spans to a paragraph and keeps markup in the text as text', () => {
    const text = 'A <img src=x onerror=alert(1)> B\nnext';
    const out = markText(text, [{ start: 0, end: 38, cls: ['q'] }], 0, 32);
    expect(out).toHaveLength(1);
    expect(out[0].textContent).toBe('A <img src=x onerror=alert(1)> B');
    expect(html(out)).toContain('&lt;img');
  });
});
