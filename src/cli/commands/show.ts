// `dyad show ARTICLE_ID`: one stored article with its layers: metadata, copies, sections, actors,
// quotes with speakers, events with their evidence, and the versions that made each layer.
import type { ArticleDetail } from '../../store/store.ts';
import { UsageError } from '../main.ts';
import { table } from '../table.ts';
import { withStore, type QueryOptions } from './queries.ts';

export async function showCommand(idArg: string, opts: QueryOptions): Promise<number> {
  const id = Number(idArg);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`article id must be a positive number, not "${idArg}"`);
  const a = await withStore(opts.db, (s) => s.article(id));
  const out = opts.out ?? process.stdout;
  if (!a) {
    process.stderr.write(`dyad: no article ${id} in the store\n`);
    return 1;
  }
  out.write(opts.json ? JSON.stringify(a, null, 2) + '\n' : render(a) + '\n');
  return 0;
}

export function render(a: ArticleDetail): string {
  const c = a.contract;
  const out: string[] = [`== article ${a.id}: ${a.title ?? '(no title)'}`];
  out.push(`date:     ${a.date ?? '(none)'}`, `source:   ${a.source ?? '(unknown)'}`, `url:      ${a.url ?? '(none)'}`, `record:   ${a.recordId}${a.origin && a.origin !== a.recordId ? ` (${a.origin})` : ''}`);
  if (a.copyOf) out.push(`copy of:  article ${a.copyOf}`);
  if (a.copies.length) out.push(`copies:   ${a.copies.map((x) => `${x.id} (${x.source ?? '?'})`).join(', ')}`);
  out.push(`layers:   ${Object.entries(a.provenance).map(([k, v]) => `${k} ${v}`).join(', ') || '(none recorded)'}`);
  out.push('', ...c.article.text.split('\n\n').map((p) => p.trim()).filter(Boolean).flatMap((p) => [p, '']));
  const actors = new Map<string, { name: string; n: number }>();
  for (const e of c.entities) {
    if (!e.actor && !['PERSON', 'ORG', 'LOC'].includes(e.type)) continue;
    const k = e.actor?.id ?? e.actor?.name ?? e.text;
    const label = e.actor ? `${e.actor.name}${e.actor.country ? ` (${e.actor.country}${e.actor.sector ? ' ' + e.actor.sector : ''})` : ''}` : `${e.text} [${e.type}]`;
    actors.set(k, { name: label, n: (actors.get(k)?.n ?? 0) + 1 });
  }
  if (actors.size) out.push('actors:', ...[...actors.values()].sort((x, y) => y.n - x.n).map((x) => `  ${x.name} ×${x.n}`), '');
  if (c.quotes.length) {
    out.push('quotes:', table(['speaker', 'kind', 'quote'], c.quotes.map((q) => [q.speakerActor?.name ?? q.speaker?.text ?? '?', q.kind, q.text]), 90), '');
  }
  if (c.events.length) {
    const side = (list: unknown) => (Array.isArray(list) ? list.map((x: any) => x.text).join(' & ') : '');
    out.push('events:', table(['event', 'source', 'type', 'target', 'trigger', 'negated'], c.events.map((e: any, i) => [
      a.eventIds[i] ? `#${a.eventIds[i]}` : '', side(e.source), `${e.plover}${e.cameo ? ' ' + e.cameo : ''}`, side(e.target), e.trigger?.text ?? '', e.negated ? 'yes' : '',
    ])));
  }
  return out.join('\n').trimEnd();
}
