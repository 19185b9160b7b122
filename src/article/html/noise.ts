// Class and id words that mark what is not the article body: captions, credits, share bars,
// promotion rails, hover cards. Matched as whole words of the class/id (split on space, - and _), so
// "article__credit" and "rail__item" match but "credited" or "trailer" do not.

const NOISE_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'byline', 'bylines', 'author', 'authors', 'dateline', 'timestamp',
  'share', 'sharing', 'sharebar', 'social', 'newsletter', 'subscribe', 'subscription', 'signup',
  'related', 'promo', 'promotion', 'teaser', 'teasers', 'rail', 'sidebar', 'advert', 'advertisement', 'ad', 'ads',
  'sponsor', 'sponsored', 'breadcrumb', 'breadcrumbs', 'rollover', 'tooltip', 'popover', 'popup', 'modal',
  'outbrain', 'taboola', 'recirc', 'recirculation', 'trending', 'disclaimer', 'cookie', 'gdpr', 'toolbar',
  'comments', 'comment', 'nav', 'navbar', 'navigation', 'menu', 'masthead', 'visually', 'sr',
]);

/** Words that cancel a noise word: "article-body", "main-content" are never noise. */
const BODY_WORDS = new Set(['body', 'content', 'story', 'entry', 'article', 'text', 'main', 'post']);

const cache = new Map<string, boolean>();

/** True when a class or id string names a non-body element. */
export function isNoiseName(name: string): boolean {
  if (!name) return false;
  let hit = cache.get(name);
  if (hit !== undefined) return hit;
  hit = false;
  let body = false;
  for (const w of name.toLowerCase().split(/[\s_-]+/)) {
    if (NOISE_WORDS.has(w)) hit = true;
    else if (BODY_WORDS.has(w)) body = true;
  }
  hit = hit && !body;
  if (cache.size < 20000) cache.set(name, hit);
  return hit;
}

/**
 * Words of a metering gate. Some sites put them on every paragraph of the article after the first (the
 * text a non-subscriber would not see), so they mark noise only on an element that is not itself a
 * paragraph: the gate's subscribe box, not the text behind it.
 */
const GATE_WORDS = /(?:^|[\s_-])(?:paywall|paywalled)(?:$|[\s_-])/i;

/** An element whose class or id marks it as noise. */
export function isNoiseElement(el: { getAttribute(n: string): string | null; tagName?: string }): boolean {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (isNoiseName(cls) || isNoiseName(id)) return true;
  return el.tagName !== 'P' && (GATE_WORDS.test(cls) || GATE_WORDS.test(id));
}

/** Tags whose text is never body text. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'FORM', 'FIGCAPTION', 'NAV']);
