// Quotes with the same filters as `dyad quotes`, newest first.
import { PAGE, pageOf } from './params.ts';
import { route } from './route.ts';

const list = route({
  method: 'get',
  path: '/api/quotes',
  summary: 'Quotes, newest first, with speaker and the actors each names',
  params: {
    speaker: { type: 'string', description: 'said by this actor (key, name, or country code)' },
    about: { type: 'string', description: 'naming this actor, or containing this word' },
    since: { type: 'day', description: 'on or after this day (YYYY-MM-DD)' },
    until: { type: 'day', description: 'on or before this day' },
    kind: { type: 'enum', description: 'kind of quote', values: ['direct', 'indirect', 'mixed'] },
    article: { type: 'int', description: 'quotes of this article id', min: 1 },
    ...PAGE,
  },
  async handle(_c, q, { store }) {
    const rows = await store.quotes({ speaker: q.speaker, about: q.about, since: q.since, until: q.until, kind: q.kind, articleId: q.article, limit: q.limit! + 1, offset: q.offset });
    return pageOf(rows, q.limit!, q.offset!);
  },
});

export const quoteRoutes = [list];
