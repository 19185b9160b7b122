// The canonical form of an article URL, the identity key of ingest: the same story fetched with
// tracking parameters, a fragment, "www." or a trailing slash is one article.

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|smid|taid|at_medium|at_campaign|ns_mchannel|ns_source)$/i;

export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.protocol = 'https:';
  u.hostname = u.hostname.toLowerCase().replace(/^(www|amp|m)\./, '');
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  let s = u.toString();
  if (u.pathname.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s.replace(/\/\?/, '?').replace(/\?$/, '');
}

/** The outlet of a URL: its host without www. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(www|amp|m)\./, '') || null;
  } catch {
    return null;
  }
}

/** The <link rel="canonical"> of a page, from its head. */
export function pageCanonical(html: string): string | null {
  const head = html.slice(0, 65536);
  const m = /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i.exec(head);
  if (!m) return null;
  const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0]);
  return href ? href[1] : null;
}
