// Cuts from the raw HTML what never holds article text, before parsing: scripts (JSON-LD kept, the
// metadata reads it), styles, SVG drawings, comments, templates, <noscript> fallbacks, menus
// (<select>, <nav>), asides, buttons, iframes and <link> tags. On the benchmark's news pages this
// is 60% of the bytes; linkedom builds every node with its own event map, so fewer nodes is most
// of the speed-up.
// <footer> is left alone: some sites put the last paragraphs or the source line in one.
//
// A scan with indexOf rather than one regex with lazy bodies: on broken pages (thousands of
// unclosed <script> or <!--) a lazy regex rescans to the end from every opener, which is quadratic.

const OPENER = /<(script|style|svg|template|noscript|select|iframe|nav|aside|button)\b[^>]*>|<!--|<link\b[^>]*>/gi;
/** Elements whose unclosed opener swallows the rest of the page in a browser too. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'iframe']);

export function preStrip(html: string): string {
  const lower = html.toLowerCase();
  // indexOf with memory: the first `needle` at or after `from`, reusing the last answer when it
  // still holds, so that many openers without a closer cost one scan, not one each.
  const memo = new Map<string, { from: number; at: number }>();
  const find = (needle: string, from: number) => {
    const m = memo.get(needle);
    if (m && from >= m.from && (m.at < 0 || m.at >= from)) return m.at;
    const at = lower.indexOf(needle, from);
    memo.set(needle, { from, at });
    return at;
  };
  const parts: string[] = [];
  let kept = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(html); m; m = OPENER.exec(html)) {
    const start = m.index;
    const tag = m[1]?.toLowerCase();
    let end: number;
    if (m[0] === '<!--') {
      const close = find('-->', start + 4);
      end = close < 0 ? start + 4 : close + 3; // an unclosed comment: only the opener goes
    } else if (!tag) {
      end = start + m[0].length; // <link ...>
    } else if (tag === 'script' && /application\/ld\+json/i.test(m[0])) {
      const close = find('</script', start);
      OPENER.lastIndex = close < 0 ? html.length : close;
      continue;
    } else {
      const close = find(`</${tag}`, start + m[0].length);
      if (close < 0) end = RAW_TEXT.has(tag) ? html.length : start + m[0].length;
      else {
        const gt = html.indexOf('>', close);
        end = gt < 0 ? html.length : gt + 1;
      }
    }
    parts.push(html.slice(kept, start));
    kept = end;
    OPENER.lastIndex = end;
  }
  parts.push(html.slice(kept));
  return parts.join('');
}
