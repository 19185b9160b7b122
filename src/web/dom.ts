// Building DOM nodes. Text from the store or the user is always a text node: nothing here parses a
// string as HTML, so article text with <script> or onerror= stays inert characters.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'href') el.setAttribute('href', safeHref(String(v)));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/**
 * Only page-internal, http and https links: a stored `javascript:` URL becomes a dead link, and so does
 * a protocol-relative one ("//host/x", or "/\\host/x", which browsers read the same way), which would
 * leave the page for whatever host it names.
 */
export function safeHref(url: string): string {
  if (url.startsWith('#') || (url.startsWith('/') && !/^\/[\/\\]/.test(url))) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

export const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
};

/** Replaces an element's children; null, undefined and false are skipped, arrays flattened. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  clear(el);
  append(el, children);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Text with \u0001…\u0002 match marks (search snippets) as text nodes and <mark> elements. */
export function marked(snippet: string): Node[] {
  const out: Node[] = [];
  const re = /\u0001([^\u0002]*)\u0002/g;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    out.push(document.createTextNode(snippet.slice(last, m.index)));
    out.push(h('mark', {}, m[1]));
    last = m.index! + m[0].length;
  }
  out.push(document.createTextNode(snippet.slice(last)));
  return out;
}

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLORS = ['#7fbf7b', '#1b7837', '#f4a582', '#b2182b'];

/** Mean Goldstein (-10 conflict .. +10 cooperation) as a colour from red through grey to green. */
export function goldsteinColor(g: number | null): string {
  if (g === null) return '#999999';
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a: number[], b: number[], k: number) => a.map((x, i) => Math.round(x + (b[i] - x) * k));
  const grey = [170, 170, 170];
  const [r, gg, b] = t < 0 ? mix(grey, [215, 25, 28], Math.min(1, -t * 2.5)) : mix(grey, [26, 150, 65], Math.min(1, t * 2.5));
  return `#${[r, gg, b].map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

export const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '–' : String(Math.round(n * 100) / 100));

/** A quote's words in quotation marks, unless the text already carries its own. */
export function quoted(text: string): HTMLElement {
  const t = text.trim();
  const own = /^["“”'‘’«»„]/.test(t);
  return h('span', { class: 'qtext' }, own ? t : `“${t}”`);
}
