import { describe, expect, it } from 'vitest';
import { preStrip } from './pre-strip.ts';

describe('preStrip', () => {
  it('cuts scripts, styles, SVG, comments, menus and links, and keeps JSON-LD', () => {
    const html = `<head><link rel="x" href="y"><script>var a = "<p>";</script><SCRIPT type="application/ld+json">{"headline":"H"}</SCRIPT>
      <style>p{}</style></head><body><nav><a>Home</a></nav><!-- note --><svg><path d="M0"/></svg><select><option>A</option></select><p>Words.</p></body>`;
    const out = preStrip(html);
    expect(out).toContain('{"headline":"H"}');
    expect(out).toContain('<p>Words.</p>');
    for (const gone of ['var a', 'p{}', 'Home', 'note', '<path', '<option', '<link']) expect(out).not.toContain(gone);
  });

  it('stays linear on thousands of unclosed openers', () => {
    const html = '<p>Text to keep.</p><!-- '.repeat(20000) + '<p>x</p><script>var x;'.repeat(20000);
    const t0 = performance.now();
    const out = preStrip(html);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(out.startsWith('<p>Text to keep.</p>')).toBe(true);
    expect(out).not.toContain('var x');
  });
});
