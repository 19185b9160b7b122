import { isNoiseElement } from './noise.ts';

/**
 * Embedded posts (a <blockquote class="twitter-tweet"> with the post's text) are part of the story
 * as published, but their wrappers are named "social-media-embed" and the like, which Readability
 * and the noise rules remove. Each such wrapper that holds nothing but the post is replaced by the
 * blockquote itself, before Readability runs.
 */
export function rescueEmbeds(blockquotes: any[]): void {
  for (const bq of blockquotes) {
    if (!/\btwitter-tweet\b/.test(bq.getAttribute('class') ?? '')) continue;
    const text = (bq.textContent ?? '').trim();
    let wrapper: any = null;
    for (let up = bq.parentElement, k = 0; up && k < 4 && up.tagName !== 'BODY'; up = up.parentElement, k++) {
      if ((up.textContent ?? '').trim() !== text) break;
      if (isNoiseElement(up) || /social|embed|tweet/i.test(up.getAttribute('class') ?? '')) wrapper = up;
    }
    if (wrapper) wrapper.replaceWith(bq);
  }
}
