// Articles: the list, and one article with all its layers, the text its offsets point into, and its copies.
import { ARTICLE_SORTS } from '../store/store.ts';
import { BadRequest, PAGE, pageOf } from './params.ts';
import { route } from './route.ts';

const list = route({
  method: 'get',
  path: '/api/articles',
  summary: 'Articles, newest first or as sorted',
  params: {
    since: { type: 'day', description: 'on or after this day' },
    until: { type: 'day', description: 'on or before this day' },
    source: { type: 'string', description: 'from this outlet (host name)' },
    sort: { type: 'enum', values: ARTICLE_SORTS, description: 'newest first (default), oldest first, by title or by outlet', default: 'newest' },
    ...PAGE,
  },
  async handle(_c, q, { store }) {
    const rows = await store.articles({ since: q.since, until: q.until, source: q.source, sort: q.sort as (typeof ARTICLE_SORTS)[number], limit: q.limit! + 1, offset: q.offset });
    return pageOf(rows, q.limit!, q.offset!);
  },
});

const one = route({
  method: 'get',
  path: '/api/articles/:id',
  summary: 'One article: metadata, copies, provenance, the text offsets point into (docText), and its layers in contract shape',
  pathParams: { id: 'article id' },
  params: {},
  async handle(c, _q, { store }) {
    const raw = c.req.param('id')!;
    if (!/^\d{1,12}$/.test(raw) || Number(raw) < 1) throw new BadRequest('id', `expected a positive whole number, got ${JSON.stringify(raw.slice(0, 40))}`);
    const a = await store.article(Number(raw));
    if (!a) throw new BadRequest('id', `no article ${raw} in the store`, 404);
    return a;
  },
});

export const articleRoutes = [list, one];
