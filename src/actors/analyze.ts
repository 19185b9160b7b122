import type { Doc } from '../doc/doc.ts';
import type { Entity, Mention } from '../doc/types.ts';
import { allTokens } from './all-tokens.ts';
import { chunks } from './chunks.ts';
import { harmonise } from './harmonise.ts';
import { applyArticleCountry } from './context-country.ts';
import { linkAliases, resolveMentions } from './coref.ts';
import { dictionaryHits, type Hit } from './dict-hits.ts';
import type { Dictionary } from './dictionary.ts';
import { SPEECH } from './lexicon.ts';
import { findMentions } from './mentions.ts';
import { mergeTagged } from './merge.ts';
import type { NameSpan } from './ner-bridge.ts';
import { resolveChunk, type SentenceCtx } from './resolve.ts';
import type { Draft, Work } from './work.ts';

/**
 * Finds the article's entities and mentions and resolves them to actors. The order: dictionary
 * matches, name chunks typed by titles, head words and context; the tagger's spans (when there is a
 * tagger) for names in no dictionary; short names linked to full ones; what the article's country
 * says of names still without one (it counts the names' countries, so it comes after them); then
 * nominals and pronouns, which need every name before them.
 */
export function analyzeActors(doc: Doc, dict: Dictionary, tagger: ((doc: Doc) => NameSpan[]) | null): { entities: Entity[]; mentions: Mention[] } {
  const { tokens, sentences } = allTokens(doc);
  const texts = tokens.map((t) => t.text);
  const w: Work = { text: doc.text, tokens, texts, norms: tokens.map((t) => t.norm), dict, day: doc.effectiveDate() };
  const known = new Map<string, 'm' | 'f' | null>();
  const ctxs: SentenceCtx[] = [];
  let drafts: Draft[] = [];
  sentences.forEach((sen, sent) => {
    const a = sen.tokenStart;
    const b = sen.tokenEnd;
    const hits = dictionaryHits(w, a, b);
    const hitAt = new Map<number, Hit>();
    const hitEnd = new Map<number, Hit>();
    for (const h of hits) hitAt.set(h.s, h), hitEnd.set(h.e, h);
    const c: SentenceCtx = { sent, a, b, hitAt, hitEnd, known };
    ctxs.push(c);
    for (const ch of chunks(w, a, b, hits)) drafts.push(...resolveChunk(w, ch, c));
  });
  // The tagger is another stage's model: should it fail on a text, the rules' names stand.
  let tagged: NameSpan[] | null = null;
  if (tagger) {
    try {
      tagged = tagger(doc);
    } catch {
      tagged = null;
    }
  }
  if (tagged) drafts = mergeTagged(w, drafts, tagged, sentences, ctxs);
  drafts = dropOverlaps(drafts);
  if (tagged) harmonise(w, drafts);
  for (const d of drafts) {
    const next = w.norms[d.e] ?? '';
    const prev = d.s > 0 ? w.norms[d.s - 1] : '';
    d.speaker = SPEECH.has(next) || SPEECH.has(prev);
  }
  linkAliases(w, drafts);
  applyArticleCountry(w, drafts);
  const sentEnd = (d: Draft) => sentences[d.sent].tokenEnd;
  const owner: (Draft | undefined)[] = new Array(tokens.length);
  for (const d of drafts) for (let k = d.s; k < d.e; k++) owner[k] = d;
  const mentions = sentences.flatMap((sen, sent) => findMentions(w, sent, sen.tokenStart, sen.tokenEnd, owner));
  const index = new Map<Draft, number>(drafts.map((d, i) => [d, i]));
  resolveMentions(w, drafts, mentions, index);
  const entities: Entity[] = drafts.map((d) => {
    const { start, end } = trimmed(doc.text, tokens[d.s].start, tokens[d.e - 1].end, d.e === sentEnd(d));
    return { start, end, type: d.type, actor: d.actor, how: d.how, gender: d.gender };
  });
  return {
    entities,
    mentions: mentions.map((m) => ({ start: tokens[m.s].start, end: tokens[m.e - 1].end, kind: m.kind, actor: m.actor, antecedent: m.antecedent, how: m.how })),
  };
}

/**
 * Offsets of an entity without what wink leaves on its tokens: a possessive ("Malik’s"), a prefix
 * ("anti-Somoza", "post-Tendulkar"; not "sub-Saharan" or "al-Rahbi", which are part of the name) and, at the end of a sentence, an abbreviation's period.
 */
export function trimmed(text: string, start: number, end: number, lastInSentence: boolean): { start: number; end: number } {
  const last = text.charCodeAt(end - 1);
  if (last === 115 /* s */ && end - start > 2 && (text[end - 2] === "'" || text[end - 2] === '’')) end -= 2;
  const c = text.charCodeAt(start);
  // Lower case: ASCII letters by code, anything else as before (the common capital needs no new string).
  const lower = c >= 97 && c <= 122 ? true : c >= 65 && c <= 90 ? false : text[start] !== text[start].toUpperCase();
  if (lower) {
    const pre = /^(?:anti|post|pre|pro|ex|non|neo|mid|then|counter)-(?=\p{Lu})/u.exec(text.slice(start, Math.min(end, start + 12)));
    if (pre && start + pre[0].length < end) start += pre[0].length;
  }
  if (lastInSentence && last === 46 /* . */ && end - start > 2 && /(^|\s)\p{Lu}\p{Ll}+\.$/u.test(text.slice(Math.max(start, end - 8), end))) end -= 1;
  return { start, end };
}

/** Keeps drafts in text order without overlaps: the first (and longest) wins. */
function dropOverlaps(drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.s - b.s || b.e - a.e);
  const out: Draft[] = [];
  for (const d of sorted) if (!out.length || out[out.length - 1].e <= d.s) out.push(d);
  return out;
}
