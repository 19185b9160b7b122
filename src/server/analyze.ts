// POST /api/analyze: one article in (text or HTML, as JSON), its contract JSON out. Nothing is stored.
// JSON only: a cross-site form cannot send application/json without a preflight this server never grants.
import { BadRequest, isRealDay } from './params.ts';
import { route } from './route.ts';

/** Largest request body accepted, in bytes. */
export const MAX_BODY = 1024 * 1024;

const analyze = route({
  method: 'post',
  path: '/api/analyze',
  summary: 'Analyse one article (text or HTML) and return its contract JSON; offsets point into `text` for text input and into article.text for HTML',
  params: {},
  body: {
    type: 'object',
    properties: {
      text: { type: 'string', description: 'plain article text' },
      html: { type: 'string', description: 'an HTML page' },
      url: { type: 'string' },
      date: { type: 'string', description: 'publication day, YYYY-MM-DD' },
    },
  },
  async handle(c, _q, { analyze }) {
    if (!analyze) throw new BadRequest('analyze', 'this server was started without the pipeline', 404);
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      throw new BadRequest('body', 'send JSON ({"text": ...} or {"html": ...}) with Content-Type: application/json', 415);
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new BadRequest('body', 'not valid JSON');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('body', 'expected a JSON object');
    const b = body as Record<string, unknown>;
    const str = (k: string) => {
      if (b[k] === undefined || b[k] === null) return undefined;
      if (typeof b[k] !== 'string') throw new BadRequest(k, 'expected a string');
      return b[k] as string;
    };
    const text = str('text');
    const html = str('html');
    const url = str('url');
    const date = str('date');
    if ((text === undefined) === (html === undefined)) throw new BadRequest('body', 'give exactly one of text and html');
    if (!(text ?? html)!.trim()) throw new BadRequest(text !== undefined ? 'text' : 'html', 'empty');
    if (date !== undefined && !isRealDay(date)) throw new BadRequest('date', `expected a day as YYYY-MM-DD, got ${JSON.stringify(date.slice(0, 40))}`);
    if (url !== undefined && (url.length > 2000 || !/^https?:\/\//.test(url))) throw new BadRequest('url', 'expected an http(s) URL under 2000 characters');
    return analyze({ id: 'pasted', ...(text !== undefined ? { text } : { html }), url: url ?? null, date: date ?? null });
  },
});

export const analyzeRoutes = [analyze];
