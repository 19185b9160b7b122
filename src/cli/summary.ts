import type { Doc } from '../doc/doc.ts';
import type { ActorRef } from '../doc/types.ts';
import { table } from './table.ts';

const actorLabel = (a: ActorRef | null) => (a ? `${a.name}${a.country || a.sector ? ` (${[a.country, a.sector].filter(Boolean).join(' ')})` : ''}` : '');

/** What `dyad analyze FILE` prints: the article, then each layer that a stage wrote. */
export function summarise(doc: Doc): string {
  const out: string[] = [];
  const m = doc.meta;
  out.push(`== ${doc.id}`);
  out.push(`title:    ${m.title ?? '(none)'}`);
  out.push(`date:     ${m.date ?? doc.recordDate ?? '(none)'}`);
  if (m.byline) out.push(`byline:   ${m.byline}`);
  if (m.dateline) out.push(`dateline: ${m.dateline}`);
  const sections = doc.layers.sections ?? [];
  out.push(`sections: ${sections.length}`);
  for (const s of sections) out.push(`  - ${s.headingText ?? '(lead)'}: ${s.paragraphs.length} paragraph${s.paragraphs.length === 1 ? '' : 's'}`);
  if (m.related.length) {
    out.push('related:');
    for (const r of m.related) out.push(`  - ${r.title}${r.url ? ` <${r.url}>` : ''}`);
  }
  const dropped = doc.layers.dropped ?? [];
  const dups = dropped.filter((d) => d.reason === 'duplicate').length;
  if (dups) out.push(`repeats dropped: ${dups}`);
  if (doc.layers.sentences) out.push(`sentences: ${doc.layers.sentences.length}, tokens: ${doc.layers.tokens?.length ?? 0}`);

  const entities = doc.layers.entities;
  if (entities) {
    const byActor = new Map<string, { label: string; type: string; n: number; forms: Set<string> }>();
    for (const e of entities) {
      const key = e.actor ? e.actor.id ?? e.actor.name : `${e.type}:${doc.slice(e)}`;
      const row = byActor.get(key) ?? { label: e.actor ? actorLabel(e.actor) : doc.slice(e), type: e.type, n: 0, forms: new Set<string>() };
      row.n++;
      row.forms.add(doc.slice(e));
      byActor.set(key, row);
    }
    const rows = [...byActor.values()].sort((a, b) => b.n - a.n).map((r) => [r.label, r.type, String(r.n), [...r.forms].slice(0, 4).join(', ')]);
    out.push('', `actors (${byActor.size}):`, table(['actor', 'type', 'mentions', 'as'], rows));
  }
  const quotes = doc.layers.quotes;
  if (quotes) {
    const rows = quotes.map((q) => [
      q.speakerActor ? actorLabel(q.speakerActor) : q.speaker ? doc.slice(q.speaker) : '?',
      q.cue ? doc.slice(q.cue) : '',
      q.kind,
      doc.slice(q),
    ]);
    out.push('', `quotes (${quotes.length}):`, table(['speaker', 'cue', 'kind', 'text'], rows, 70));
  }
  const events = doc.layers.events;
  if (events) {
    const side = (xs: { country: string | null; sector: string | null; start: number; end: number }[]) =>
      xs.map((x) => `${doc.slice(x)} [${[x.country, x.sector].filter(Boolean).join(' ')}]`).join(' + ') || '-';
    const rows = events.map((e) => [
      side(e.source),
      `${e.negated ? 'NOT ' : ''}${e.plover}${e.cameo ? ` ${e.cameo}` : ''}`,
      side(e.target),
      doc.slice(e.trigger),
      e.quoteIndex != null ? `quote ${e.quoteIndex + 1}` : '',
    ]);
    out.push('', `events (${events.length}):`, table(['source', 'type', 'target', 'trigger', 'claimed in'], rows));
  }
  return out.join('\n');
}
