// Full-text search over article text and quotes. Snippets mark matches with \u0001 and \u0002 so the
// page can highlight them as DOM nodes without ever parsing the text as HTML.
import { PAGE, pageOf } from './params.ts';
import { route } from './route.ts';

export const MARK: [string, string] = ['\u0001', '\u0002'];

const search = route({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search; snippets wrap each match in U+0001 … U+0002',
  params: {
    q: { type: 'string', description: 'words; "quoted words" match as a phrase', required: true },
    in: { type: 'enum', description: 'search article text, quotes, or both', values: ['article', 'quote', 'all'], default: 'all' },
    ...PAGE,
  },
  async handle(_c, q, { store }) {
    const rows = await store.search({ text: q.q!, in: q.in as 'article' | 'quote' | 'all', mark: MARK, limit: q.limit! + 1, offset: q.offset });
    return pageOf(rows, q.limit!, q.offset!);
  },
});

export const searchRoutes = [search];
