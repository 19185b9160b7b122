// The API through app.request(), against a store of the fixture articles: every endpoint with its
// filters, its pages and its 400s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp, CSP } from './app.ts';
import { fixtureStore } from './test-fixtures.ts';

let app: Hono;
let done: () => Promise<void>;
beforeAll(async () => {
  const f = await fixtureStore();
  done = f.done;
  app = createApp(f.store, {
    roles: (key) => (key === 'vladimir-putin' ? [{ country: 'RUS', sector: 'GOV', title: 'President', from: '2012-05-07', to: null }] : null),
    assets: new Map([['/', { type: 'text/html; charset=utf-8', body: '<!doctype html><title>dyad</title>' }]]),
  });
});
afterAll(() => done());

const get = async (path: string) => {
  const r = await app.request(path);
  return { status: r.status, body: (await r.json()) as any, headers: r.headers };
};
const bad = async (path: string, param: string, why: RegExp) => {
  const r = await get(path);
  expect(r.status, path).toBe(400);
  expect(r.body.param).toBe(param);
  expect(r.body.error).toMatch(why);
};
const keys = (items: { key: string }[]) => items.map((x) => x.key).sort();
const pairs = (edges: { source: string; target: string }[]) => edges.map((e) => `${e.source}>${e.target}`).sort();

describe('graph and stats', () => {
  it('gives nodes with mentions and weighted edges with mean Goldstein', async () => {
    const { body } = await get('/api/graph');
    expect(pairs(body.edges)).toEqual(['RUS>UKR', 'recep-tayyip-erdogan>vladimir-putin', 'vladimir-putin>taliban']);
    expect(body.edges.find((e: any) => e.source === 'vladimir-putin')).toMatchObject({ weight: 2, quad: [1, 1, 0, 0], meanGoldstein: 5.4 });
    expect(body.nodes.find((n: any) => n.key === 'vladimir-putin')).toMatchObject({ mentions: 4, weight: 4 });
  });
  it('filters by quad class, country, months and weight', async () => {
    expect(pairs((await get('/api/graph?quadClass=4')).body.edges)).toEqual(['RUS>UKR']);
    expect(pairs((await get('/api/graph?country=AFG')).body.edges)).toEqual(['vladimir-putin>taliban']);
    expect(pairs((await get('/api/graph?since=2024-09&until=2024-09-30')).body.edges)).toEqual(['RUS>UKR']);
    expect(pairs((await get('/api/graph?minWeight=2')).body.edges)).toEqual(['recep-tayyip-erdogan>vladimir-putin', 'vladimir-putin>taliban']);
    expect((await get('/api/graph?limit=1')).body.edges).toHaveLength(1);
  });
  it('filters by event type, factuality and outlet', async () => {
    expect(pairs((await get('/api/graph?type=ACCUSE')).body.edges)).toEqual(['recep-tayyip-erdogan>vladimir-putin']);
    expect(pairs((await get('/api/graph?type=19')).body.edges)).toEqual(['RUS>UKR']);
    expect(pairs((await get('/api/graph?outlet=wire.example')).body.edges)).toEqual(['vladimir-putin>taliban']);
    expect((await get('/api/graph?factuality=negated')).body.total).toEqual({ pairs: 0, events: 0 });
    await bad('/api/graph?type=SHOUT', 'type', /PLOVER type/);
    await bad('/api/graph?factuality=rumoured', 'factuality', /asserted, negated/);
  });
  it('says what the edges are part of, focuses on an actor one or two steps out, and rolls actors up into states', async () => {
    const top = (await get('/api/graph?limit=1')).body;
    expect(top.total).toEqual({ pairs: 3, events: 5 });
    const one = (await get('/api/graph?actor=taliban')).body;
    expect(pairs(one.edges)).toEqual(['vladimir-putin>taliban']);
    expect(one.focus).toEqual({ key: 'taliban', name: 'Taliban', steps: 1 });
    const two = (await get('/api/graph?actor=taliban&steps=2')).body;
    expect(pairs(two.edges)).toEqual(['recep-tayyip-erdogan>vladimir-putin', 'vladimir-putin>taliban']);
    expect(keys(two.nodes)).toEqual(['recep-tayyip-erdogan', 'taliban', 'vladimir-putin']);
    expect(pairs((await get('/api/graph?sector=GOV')).body.edges)).toContain('vladimir-putin>taliban');
    const states = (await get('/api/graph?by=country')).body;
    expect(pairs(states.edges)).toEqual(['RUS>AFG', 'RUS>UKR', 'TUR>RUS']);
    expect(states.nodes.every((n: any) => n.key === n.country)).toBe(true);
  });
  it('refuses a focus on an unknown actor, a bad sector and a focus in the country view', async () => {
    const r = await get('/api/graph?actor=nobody-at-all');
    expect(r.status).toBe(404);
    expect(r.body.param).toBe('actor');
    await bad('/api/graph?sector=gov', 'sector', /sector code/);
    await bad('/api/graph?actor=taliban&by=country', 'actor', /by=actor/);
    await bad('/api/graph?steps=3', 'steps', /at most 2/);
    await bad('/api/graph?by=region', 'by', /actor, country/);
  });
  it('refuses bad graph parameters, naming them', async () => {
    await bad('/api/graph?quadClass=5', 'quadClass', /at most 4/);
    await bad('/api/graph?quadClass=two', 'quadClass', /whole number/);
    await bad('/api/graph?since=2024-13', 'since', /YYYY-MM/);
    await bad('/api/graph?country=rus', 'country', /three-letter code/);
    await bad('/api/graph?minWeight=0', 'minWeight', /at least 1/);
    await bad('/api/graph?since=2024-09&until=2024-06', 'until', /before since/);
    await bad('/api/graph?colour=red', 'colour', /unknown parameter/);
    await bad('/api/graph?country=RUS&country=AFG', 'country', /more than once/);
  });
  it('counts events per month for the time slider', async () => {
    const { body } = await get('/api/months');
    expect(body).toEqual([{ month: '2024-06', count: 1 }, { month: '2024-07', count: 1 }, { month: '2024-08', count: 1 }, { month: '2024-09', count: 1 }, { month: '2024-10', count: 1 }]);
    await bad('/api/months?since=2024-01', 'since', /unknown parameter/);
  });
  it('counts the store', async () => {
    expect((await get('/api/stats')).body).toMatchObject({ articles: 5, events: 5, quotes: 4 });
    await bad('/api/stats?x=1', 'x', /takes none/);
  });
});

describe('actors', () => {
  it('lists by mentions, in pages, filtered by name and country', async () => {
    const p1 = (await get('/api/actors?limit=2')).body;
    expect(p1).toMatchObject({ limit: 2, offset: 0, more: true });
    expect(p1.items[0].key).toBe('vladimir-putin');
    const p2 = (await get('/api/actors?limit=2&offset=2')).body;
    expect(p2.items.map((a: any) => a.key)).not.toContain('vladimir-putin');
    expect(keys((await get('/api/actors?country=UKR')).body.items)).toEqual(['UKR', 'dmytro-kuleba']);
    expect(keys((await get('/api/actors?name=erdogan')).body.items)).toEqual(['recep-tayyip-erdogan']);
    await bad('/api/actors?limit=0', 'limit', /at least 1/);
    await bad('/api/actors?limit=501', 'limit', /at most 500/);
    await bad('/api/actors?offset=-1', 'offset', /at least 0/);
    await bad(`/api/actors?name=${'x'.repeat(201)}`, 'name', /longer than 200/);
  });
  it('sorts actors by mentions, events, quotes, articles or name', async () => {
    const list = async (q: string) => (await get(`/api/actors?${q}`)).body.items as any[];
    const names = (await list('sort=name&limit=100')).map((a) => a.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect((await list('sort=events&limit=1'))[0].key).toBe('vladimir-putin');
    const quotes = (await list('sort=quotes&limit=100')).map((a) => a.quotes);
    expect(quotes).toEqual([...quotes].sort((a, b) => b - a));
    expect((await list('sort=name&limit=2&offset=1'))[0].name.toLowerCase()).toBe(names[1]);
    await bad('/api/actors?sort=size', 'sort', /mentions, events/);
  });
  it('shows one actor: roles, dates, partners, quotes by and about, events on each side', async () => {
    const { body } = await get('/api/actors/vladimir-putin');
    expect(body.roles).toEqual([expect.objectContaining({ title: 'President' })]);
    expect(body).toMatchObject({ firstMonth: '2024-06', lastMonth: '2024-10' });
    expect(body.partners.map((p: any) => [p.actor.key, p.events])).toEqual([['recep-tayyip-erdogan', 2], ['taliban', 2]]);
    expect(body.quotesBy.map((q: any) => q.text)).toEqual(['We will stand with our neighbours against terror,']);
    expect(body.eventsAsSource.map((e: any) => e.plover).sort()).toEqual(['AID', 'SUPPORT']);
    expect(body.eventsAsTarget.map((e: any) => e.plover).sort()).toEqual(['ACCUSE', 'CONSULT']);
    expect((await get('/api/actors/dmytro-kuleba')).body.roles).toBeNull();
    // A country keyed by its code is itself, not every actor of that country.
    const russia = (await get('/api/actors/RUS')).body;
    expect(russia.eventsAsSource.map((e: any) => e.plover)).toEqual(['ASSAULT']);
    expect(russia.partners.map((p: any) => p.actor.key)).toEqual(['UKR']);
    const missing = await get('/api/actors/nobody-at-all');
    expect(missing.status).toBe(404);
    expect(missing.body.param).toBe('key');
  });
});

describe('dyads', () => {
  it('lists directed pairs with quad counts and months, filtered', async () => {
    const { body } = await get('/api/dyads?source=TUR');
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ count: 2, quad: [1, 0, 1, 0], months: [{ month: '2024-07' }, { month: '2024-10' }] });
    expect((await get('/api/dyads?minCount=2')).body.items).toHaveLength(2);
    expect((await get('/api/dyads?actor=taliban&since=2024-08')).body.items[0].months).toEqual([expect.objectContaining({ month: '2024-08' })]);
    await bad('/api/dyads?since=June', 'since', /YYYY-MM/);
    await bad('/api/dyads?minCount=-3', 'minCount', /at least 1/);
  });
  it('gives one pair its timeline by month and quad class, and evidence with trigger and claimant', async () => {
    const { body } = await get('/api/dyad?source=vladimir-putin&target=taliban');
    expect(body).toMatchObject({ events: 2, quad: [1, 1, 0, 0], meanGoldstein: 5.4 });
    expect(body.months).toEqual([
      { month: '2024-06', count: 1, quad: [1, 0, 0, 0], meanGoldstein: 3.4 },
      { month: '2024-08', count: 1, quad: [0, 1, 0, 0], meanGoldstein: 7.4 },
    ]);
    const ev = body.evidence.items[0];
    expect(ev.sentence.slice(...ev.triggerInSentence)).toBe('sent a shipment of wheat');
    expect(ev.claimant).toBeNull();
    // RUS as a pair's source is the actor Russia: Putin's events are not in this timeline.
    const rus = (await get('/api/dyad?source=RUS&target=taliban')).body;
    expect(rus.events).toBe(0);
    const claim = (await get('/api/dyad?source=RUS&target=UKR')).body.evidence.items[0];
    expect(claim.claimant).toMatchObject({ text: 'Dmytro Kuleba', actor: { id: 'dmytro-kuleba' } });
    expect(claim.sentence.slice(...claim.triggerInSentence)).toBe('shelled');
    const material = (await get('/api/dyad?source=vladimir-putin&target=taliban&quadClass=2')).body;
    expect(material.evidence.items.map((e: any) => e.plover)).toEqual(['AID']);
    expect(material.months).toHaveLength(2);
    expect((await get('/api/dyad?source=vladimir-putin&target=taliban&since=2024-08-01')).body).toMatchObject({ events: 1, months: [{ month: '2024-08' }] });
    expect((await get('/api/dyad?source=vladimir-putin&target=taliban&limit=1')).body.evidence).toMatchObject({ more: true });
    await bad('/api/dyad?source=vladimir-putin', 'target', /required/);
    await bad('/api/dyad?source=a&target=b&until=2024-02-30', 'until', /YYYY-MM-DD/);
  });
});

describe('events', () => {
  it('filters like dyad events: source, target, type, quad class, dates, article', async () => {
    const plovers = async (q: string) => (await get(`/api/events?${q}`)).body.items.map((e: any) => e.plover).sort();
    expect(await plovers('source=RUS&target=AFG')).toEqual(['AID', 'SUPPORT']);
    expect(await plovers('source=RUS&target=AFG&type=SUPPORT')).toEqual(['SUPPORT']);
    expect(await plovers('type=support')).toEqual(['SUPPORT']);
    expect(await plovers('type=07')).toEqual(['AID']);
    expect(await plovers('target=Putin&since=2024-08-01')).toEqual(['CONSULT']);
    expect(await plovers('actor=TUR&until=2024-07-31')).toEqual(['ACCUSE']);
    expect(await plovers('quadClass=4')).toEqual(['ASSAULT']);
    expect(await plovers('article=3')).toEqual(['AID']);
    expect((await get('/api/events?limit=2&offset=4')).body).toMatchObject({ more: false, offset: 4 });
    await bad('/api/events?type=HUG', 'type', /PLOVER type/);
    await bad('/api/events?quadClass=0', 'quadClass', /at least 1/);
    await bad('/api/events?since=yesterday', 'since', /YYYY-MM-DD/);
    await bad('/api/events?includeNegated=maybe', 'includeNegated', /true or false/);
    await bad('/api/events?article=0', 'article', /at least 1/);
  });
  it('filters events as the network does (country, sector, outlet, told as) and sorts them, keeping the order across pages', async () => {
    const plovers = async (q: string) => (await get(`/api/events?${q}`)).body.items.map((e: any) => e.plover);
    expect(await plovers('country=UKR')).toEqual(['ASSAULT']);
    expect(await plovers('country=TUR&sort=oldest')).toEqual(['ACCUSE', 'CONSULT']);
    expect(await plovers('outlet=wire.example&sort=oldest')).toEqual(['SUPPORT', 'AID']);
    expect(await plovers('sector=GOV&country=AFG&sort=cooperation')).toEqual(['AID', 'SUPPORT']);
    expect(await plovers('factuality=negated')).toEqual([]);
    expect(await plovers('sort=conflict&limit=2')).toEqual(['ASSAULT', 'ACCUSE']);
    expect(await plovers('sort=conflict&limit=2&offset=2')).toEqual(['CONSULT', 'SUPPORT']);
    expect(await plovers('actor=vladimir-putin&sort=oldest')).toEqual(['SUPPORT', 'ACCUSE', 'AID', 'CONSULT']);
    // RUS is both a country code and the key of the actor Russia: exactKeys takes it as the actor.
    expect(await plovers('actor=RUS&exactKeys=true')).toEqual(['ASSAULT']);
    expect((await plovers('actor=RUS')).length).toBeGreaterThan(1);
    await bad('/api/events?sort=loudest', 'sort', /newest, oldest/);
    await bad('/api/events?country=ukr', 'country', /three-letter code/);
    await bad('/api/events?sector=gov', 'sector', /sector code in capitals/);
    await bad('/api/events?factuality=rumoured', 'factuality', /asserted, negated/);
  });
});

describe('quotes', () => {
  it('filters like dyad quotes: speaker, about, since, kind, article', async () => {
    const texts = async (q: string) => (await get(`/api/quotes?${q}`)).body.items.map((x: any) => x.text);
    expect(await texts('speaker=Kuleba')).toEqual(['Russia shelled the port of Odesa through the night,']);
    expect(await texts('speaker=Erdogan&about=sea')).toEqual(['Promises made at the table must be kept at sea,']);
    expect(await texts('speaker=TUR&since=2024-10-01')).toHaveLength(1);
    expect(await texts('about=russia')).toEqual(['Russia shelled the port of Odesa through the night,']);
    expect(await texts('kind=direct&article=1')).toHaveLength(1);
    expect(await texts('kind=indirect')).toEqual([]);
    await bad('/api/quotes?kind=shouted', 'kind', /direct, indirect, mixed/);
    await bad('/api/quotes?since=2024-1-1', 'since', /YYYY-MM-DD/);
    await bad('/api/quotes?speaker=', 'speaker', /empty/);
  });
});

describe('articles and search', () => {
  it('lists articles and gives one with its layers and the text offsets point into', async () => {
    expect((await get('/api/articles?since=2024-09-01')).body.items.map((a: any) => a.recordId)).toEqual(['hostile-1', 'kyiv-1']);
    expect((await get('/api/articles?source=wire.example')).body.items).toHaveLength(2);
    const { body } = await get('/api/articles/4');
    const q = body.contract.quotes[0];
    expect(body.docText.slice(q.start, q.end)).toBe(q.text);
    expect(body.contract.events[0].quoteIndex).toBe(0);
    expect(body.eventIds).toHaveLength(1);
    expect((await get('/api/articles/99')).status).toBe(404);
    await bad('/api/articles/abc', 'id', /positive whole number/);
    await bad('/api/articles?until=2024-99-01', 'until', /YYYY-MM-DD/);
    const ids = async (q: string) => (await get(`/api/articles?${q}`)).body.items.map((a: any) => a.recordId);
    expect(await ids('sort=oldest&limit=2')).toEqual(['kabul-1', 'ankara-1']);
    expect(await ids('sort=oldest&limit=2&offset=2')).toEqual(['kabul-2', 'kyiv-1']);
    expect(await ids('sort=outlet&limit=1')).toEqual(['ankara-1']);
    expect((await get('/api/articles?sort=title')).body.items.map((a: any) => a.title.toLowerCase())).toEqual(
      (await get('/api/articles')).body.items.map((a: any) => a.title.toLowerCase()).sort(),
    );
    await bad('/api/articles?sort=longest', 'sort', /newest, oldest/);
  });
  it('searches articles and quotes, marking matches with control characters', async () => {
    const all = (await get('/api/search?q=grain')).body.items;
    expect(all.map((h: any) => h.article.recordId)).toContain('ankara-1');
    expect(all[0].snippet).toContain('\u0001grain\u0002');
    const quotes = (await get('/api/search?q=neighbours&in=quote')).body.items;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'quote', article: { recordId: 'kabul-1' } });
    expect((await get('/api/search?q=neighbours&in=article&limit=1')).body.items.every((h: any) => h.kind === 'article')).toBe(true);
    await bad('/api/search', 'q', /required/);
    await bad('/api/search?q=grain&in=everywhere', 'in', /article, quote, all/);
  });
});

describe('the server itself', () => {
  it('describes every route in an OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const p of ['/api/graph', '/api/actors', '/api/actors/{key}', '/api/dyads', '/api/dyad', '/api/events', '/api/quotes', '/api/articles', '/api/articles/{id}', '/api/search', '/api/stats']) {
      expect(body.paths[p]?.get, p).toBeDefined();
    }
    expect(body.paths['/api/analyze'].post.requestBody).toBeDefined();
    expect(body.paths['/api/events'].get.parameters.find((x: any) => x.name === 'quadClass').schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 4 });
  });
  it('sends a CSP that forbids inline scripts, on the API and the page', async () => {
    for (const path of ['/api/stats', '/', '/api/graph?quadClass=9']) {
      const r = await app.request(path);
      expect(r.headers.get('content-security-policy'), path).toBe(CSP);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-inline');
  });
  it('is read-only apart from analyze, caps the URL, and knows only its own paths', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) expect((await app.request('/api/actors', { method })).status).toBe(405);
    expect((await app.request('/api/events', { method: 'POST' })).status).toBe(405);
    expect((await app.request(`/api/search?q=${'a'.repeat(5000)}`)).status).toBe(414);
    const r = await get('/api/nothing');
    expect(r.status).toBe(404);
    expect(r.body.error).toMatch(/openapi/);
    expect((await app.request('/no-such-file.js')).status).toBe(404);
  });
  it('answers only to its own host names when told to (no DNS rebinding)', async () => {
    const { store, done: close } = await fixtureStore();
    const guarded = createApp(store, { allowedHosts: ['127.0.0.1:7300'] });
    expect((await guarded.request('http://127.0.0.1:7300/api/stats')).status).toBe(200);
    expect((await guarded.request('http://evil.example:7300/api/stats')).status).toBe(421);
    await close();
  });
});
