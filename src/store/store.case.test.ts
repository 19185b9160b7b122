// The shared Store suite: every backend runs the same cases. SQLite runs always, on a temporary file;
// PostgreSQL on a throwaway server (postgres/harness.ts) when its binaries are installed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import { pgCaseBackend } from './postgres/harness.ts';
import { openPostgresStore } from './postgres/pg-store.ts';
import { ERDOGAN, makeArticle, PUTIN, TALIBAN, wireSpec } from './test-articles.ts';

const backends: [string, () => { open: () => Promise<Store>; done: () => void }][] = [
  ['sqlite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
    return { open: async () => openSqliteStore(join(dir, 'test.db')), done: () => rmSync(dir, { recursive: true, force: true }) };
  }],
];
const pg = pgCaseBackend((url) => openPostgresStore(url));
if (pg) backends.push(['postgres', pg.make]);
afterAll(() => pg?.stop());

const TURKEY_TEXT = [
  'Turkish President Recep Tayyip Erdogan accused Moscow of stalling grain talks on Friday, in a sharp speech to his party in Ankara.',
  '"Moscow must keep its word on the corridor," Erdogan told the lawmakers, adding that Turkey would not accept further delays.',
].join('\n');

const turkey = () =>
  makeArticle({
    id: 'tr-1', url: 'https://ankara.example/grain', date: '2024-07-05', title: 'Erdogan accuses Moscow over grain talks', text: TURKEY_TEXT,
    entities: [['Recep Tayyip Erdogan', 'PERSON', ERDOGAN], ['Moscow', 'LOC', { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' }], ['Moscow', 'LOC', { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' }, 1]],
    quotes: [{ text: 'Moscow must keep its word on the corridor,', speaker: 'Erdogan', actor: ERDOGAN, cue: 'told' }],
    events: [{ source: ['Recep Tayyip Erdogan', ERDOGAN], target: ['Moscow', { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' }], trigger: 'accused', plover: 'ACCUSE', cameo: '112', goldstein: -2, quadClass: 3 }],
  });

for (const [name, make] of backends) {
  describe(`Store (${name})`, () => {
    let env: ReturnType<typeof make>;
    let store: Store;
    beforeEach(async () => {
      env = make();
      store = await env.open();
    });
    afterEach(async () => {
      await store.close();
      env.done();
    });

    it('keeps each watched source\'s state, replacing it on the next save', async () => {
      const state = {
        source: 'https://feeds.example/world.rss', firstFetch: '2026-12-01T10:00:00.000Z', lastFetch: '2026-12-01T10:00:00.000Z', lastOk: '2026-12-01T10:00:00.000Z',
        lastNew: null, lastStatus: '200: 0 new of 4', etag: '"abc"', lastModified: 'Tue, 01 Dec 2026 09:00:00 GMT', itemsSeen: 4, itemsAdded: 0, errors: 0, failures: 0, lastError: null, nextDue: null,
      };
      expect(await store.sources()).toEqual([]);
      await store.saveSource(state);
      await store.saveSource({ ...state, source: '/data/inbox' });
      await store.saveSource({ ...state, lastStatus: 'HTTP 503', errors: 1, failures: 1, lastError: 'HTTP 503', nextDue: '2026-12-01T10:10:00.000Z' });
      const got = await store.sources();
      expect(got.map((s) => s.source)).toEqual(['/data/inbox', 'https://feeds.example/world.rss']);
      expect(got[1]).toEqual({ ...state, lastStatus: 'HTTP 503', errors: 1, failures: 1, lastError: 'HTTP 503', nextDue: '2026-12-01T10:10:00.000Z' });
    });

    it('writes a batch and a second write of the same articles adds nothing', async () => {
      const batch = [makeArticle(wireSpec('w1', 'https://wire.example/putin-taliban')), turkey()];
      expect(await store.write(batch)).toMatchObject({ added: 2, skipped: 0, events: 2 });
      expect(await store.write(batch)).toMatchObject({ added: 0, merged: 0, skipped: 2, events: 0 });
      const s = await store.stats();
      expect(s).toMatchObject({ articles: 2, events: 2, quotes: 2 });
      expect(s.schema).toBeGreaterThanOrEqual(1);
      expect(s.versions['quotes: quotes@1']).toBe(2);
      expect(await store.has(batch[0])).toBe(true);
    });

    it('merges a syndicated copy into one event with two sources', async () => {
      const original = makeArticle(wireSpec('w1', 'https://wire.example/putin-taliban'));
      const copy = makeArticle(wireSpec('c1', 'https://daily.example/world/putin-taliban', '\nThis report was first published by a news agency.'));
      expect(copy.contentHash).not.toBe(original.contentHash);
      await store.write([original]);
      expect(await store.write([copy])).toMatchObject({ added: 0, merged: 1, events: 0, mentions: 1 });
      const events = await store.events({});
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ plover: 'SUPPORT', numMentions: 2, numSources: 2, numArticles: 2 });
      const detail = await store.article(2);
      expect(detail?.copyOf).toBe(1);
      expect(detail?.copies.map((c) => c.id)).toEqual([1]);
      expect(detail?.eventIds).toEqual([events[0].id]);
      const dyads = await store.dyads({});
      expect(dyads[0].count).toBe(1);
      // the copy's quote and text are found once, through the first article
      expect((await store.quotes({})).map((q) => q.article.id)).toEqual([1]);
      expect(await store.quotes({ articleId: 2 })).toHaveLength(1);
      expect((await store.search({ text: 'partners terrorism' })).map((h) => h.article.id)).toEqual([1, 1]);
    });

    it('takes near-identical texts as copies only within the copy window (7 days)', async () => {
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/putin-taliban'))]);
      const near = { ...wireSpec('c1', 'https://daily.example/putin-taliban', '\nFirst published by an agency.'), date: '2024-06-26' };
      const later = { ...wireSpec('c2', 'https://weekly.example/putin-taliban', '\nFirst published by an agency.'), date: '2024-07-20' };
      expect(await store.write([makeArticle(near)])).toMatchObject({ merged: 1, added: 0 });
      // The same text a month later is a re-publication: a new article with its own event.
      expect(await store.write([makeArticle(later)])).toMatchObject({ merged: 0, added: 1, events: 1 });
      expect((await store.article(3))?.copyOf).toBeNull();
      expect(await store.events({})).toHaveLength(2);
    });

    it('marks copies and counts their mentions, sources and articles across batches, stories and windows', async () => {
      const wire = (id: string, url: string, extra: string, date = '2024-06-20') => makeArticle({ ...wireSpec(id, url, extra), date });
      const tr = turkey();
      const trCopy = makeArticle({ ...wireSpec('x', 'https://x.example'), id: 'tr-2', url: 'https://istanbul.example/grain', title: 'Erdogan and grain', date: '2024-07-05',
        text: TURKEY_TEXT + '\nFirst published by an agency.', entities: [['Recep Tayyip Erdogan', 'PERSON', ERDOGAN]], quotes: [],
        events: [{ source: ['Recep Tayyip Erdogan', ERDOGAN], target: ['Moscow', { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' }], trigger: 'accused', plover: 'ACCUSE', cameo: '112', goldstein: -2, quadClass: 3 }] });
      await store.write([wire('w1', 'https://wire.example/a', ''), tr]); // 1, 2
      expect(await store.write([
        wire('c1', 'https://daily.example/a', '\nFirst published by an agency.'), // 3: copy of 1, a new outlet
        trCopy, // 4: copy of 2
        wire('c2', 'https://wire.example/b', '\nUpdated with a correction.'), // 5: copy of 1 from the same outlet
      ])).toMatchObject({ added: 0, merged: 3, events: 0, mentions: 3 });
      expect(await store.write([
        wire('c3', 'https://weekly.example/a', '\nRepublished.', '2024-07-30'), // 6: out of the window, a story of its own
        wire('c4', 'https://monthly.example/a', '\nRepublished again.', '2024-07-31'), // 7: copy of 6
        wire('c5', 'https://evening.example/a', '', '2024-06-21'), // 8: copy of 1
      ])).toMatchObject({ added: 1, merged: 2, events: 1, mentions: 2 });
      const copyOf = [];
      for (let id = 1; id <= 8; id++) copyOf.push((await store.article(id))?.copyOf ?? null);
      expect(copyOf).toEqual([null, null, 1, 2, 1, null, 6, 1]);
      const counts = (await store.events({})).map((e) => [e.plover, e.numMentions, e.numSources, e.numArticles]).sort();
      expect(counts).toEqual([['ACCUSE', 2, 2, 2], ['SUPPORT', 2, 2, 2], ['SUPPORT', 4, 3, 4]]);
    });

    it('dates events by their own date: lists, --since and dyad months use it; history stays apart', async () => {
      const spec = wireSpec('w1', 'https://wire.example/putin-taliban');
      spec.dateSource = 'dateline';
      spec.events = [
        { ...spec.events![0], date: '2024-05-28' },
        { source: ['Vladimir Putin', PUTIN], target: ['Taliban', TALIBAN], trigger: 'work together', plover: 'COOPERATE', cameo: '060', goldstein: 6, quadClass: 2, date: '2019-01-01', history: true },
      ];
      await store.write([makeArticle(spec)]);
      const events = await store.events({});
      expect(events.map((e) => [e.plover, e.date, e.dateSource, e.history])).toEqual([['SUPPORT', '2024-05-28', 'expression', false]]);
      expect(events[0].article).toMatchObject({ date: '2024-06-20', dateSource: 'dateline' });
      expect(await store.events({ since: '2024-06-01' })).toHaveLength(0);
      expect((await store.events({ includeHistory: true })).map((e) => e.date)).toEqual(['2024-05-28', '2019-01-01']);
      expect(await store.events({ articleId: 1 })).toHaveLength(2);
      const [dyad] = await store.dyads({});
      expect(dyad.months.map((m) => m.month)).toEqual(['2024-05']);
      expect(dyad.count).toBe(1);
    });

    it('keeps unrelated stories apart', async () => {
      const r = await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a')), turkey()]);
      expect(r).toMatchObject({ added: 2, merged: 0 });
    });

    it('filters events by country, actor, type and date', async () => {
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a')), turkey()]);
      expect((await store.events({ source: 'RUS', target: 'AFG', type: 'SUPPORT' })).map((e) => e.plover)).toEqual(['SUPPORT']);
      expect(await store.events({ source: 'RUS', type: 'ACCUSE' })).toEqual([]);
      expect((await store.events({ target: 'RUS' }))[0]).toMatchObject({ plover: 'ACCUSE', source: { key: ERDOGAN.id } });
      expect((await store.events({ source: 'Erdogan' }))[0].sentence).toContain('accused Moscow');
      expect(await store.events({ since: '2024-07-01' })).toHaveLength(1);
      expect(await store.events({ type: '05' })).toHaveLength(1);
      expect(await store.events({ limit: 1, offset: 1 })).toHaveLength(1);
      // either side, newest first, paged over the merged list
      expect((await store.events({ actor: 'RUS' })).map((e) => e.plover)).toEqual(['ACCUSE', 'SUPPORT']);
      expect((await store.events({ actor: 'RUS', offset: 1 })).map((e) => e.plover)).toEqual(['SUPPORT']);
      expect((await store.events({ actor: 'RUS', type: 'SUPPORT' })).map((e) => e.plover)).toEqual(['SUPPORT']);
      // RUSGOV is the derived key of the unnamed Russian side; RUS as a key names no actor.
      expect((await store.events({ target: 'RUSGOV', exactKeys: true })).map((e) => e.plover)).toEqual(['ACCUSE']);
      expect(await store.events({ source: 'RUS', exactKeys: true })).toEqual([]);
      expect(await store.events({ source: 'Putin', exactKeys: true })).toEqual([]);
    });

    it('keeps one actor per unknown person, given the first country a later article names (issue 13)', async () => {
      const calder = (id: string, day: string, text: string, actor: { country: string | null; sector: string | null }) =>
        makeArticle({ id, url: `https://senate.example/${id}`, date: day, title: 'Senate vote', text, entities: [['Rob Calder', 'PERSON', { id: null, name: 'Rob Calder', ...actor }]] });
      await store.write([calder('c1', '2016-03-01', 'Rob Calder voted against the bill on Tuesday evening.', { country: null, sector: null })]);
      await store.write([calder('c2', '2016-03-05', 'U.S. Senator Rob Calder spoke about farm prices in Iowa.', { country: 'USA', sector: 'LEG' })]);
      const found = (await store.actors({})).filter((a) => a.name === 'Rob Calder');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ key: '~rob calder', country: 'USA', sector: 'LEG', mentions: 2 });
      // Another person with the same surname stays apart and keeps her own country.
      await store.write([makeArticle({ id: 'c3', url: 'https://senate.example/c3', date: '2016-03-07', title: 'Farm vote', text: 'British MP Ann Calder asked about farm prices in Kent.', entities: [['Ann Calder', 'PERSON', { id: null, name: 'Ann Calder', country: 'GBR', sector: 'LEG' }]] })]);
      const calders = (await store.actors({})).filter((a) => a.name.endsWith('Calder')).map((a) => [a.key, a.country, a.mentions]);
      expect(calders.sort()).toEqual([['~ann calder', 'GBR', 1], ['~rob calder', 'USA', 2]]);
    });

    it('lists actors, dyads with quad counts and months, and a graph', async () => {
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a')), turkey()]);
      const actors = await store.actors({});
      expect(actors.map((a) => a.key)).toContain(PUTIN.id);
      expect(actors.find((a) => a.key === PUTIN.id)).toMatchObject({ mentions: 1, quotes: 1, asSource: 1 });
      const dyads = await store.dyads({ source: 'TUR' });
      expect(dyads).toHaveLength(1);
      expect(dyads[0]).toMatchObject({ source: { key: ERDOGAN.id }, target: { key: 'RUSGOV' }, count: 1, quad: [0, 0, 1, 0], meanGoldstein: -2 });
      expect(dyads[0].months).toEqual([{ month: '2024-07', count: 1, quad: [0, 0, 1, 0], meanGoldstein: -2 }]);
      expect(await store.dyads({ source: 'TUR', exactKeys: true })).toEqual([]);
      expect((await store.dyads({ source: ERDOGAN.id!, target: 'RUSGOV', exactKeys: true }))[0].count).toBe(1);
      const graph = await store.graph({ quadClass: 1 });
      expect(graph.edges).toEqual([expect.objectContaining({ source: PUTIN.id, target: TALIBAN.id, weight: 1, quadClass: 1, meanGoldstein: 3.4 })]);
      expect(graph.nodes.map((n) => n.key).sort()).toEqual([TALIBAN.id, PUTIN.id].sort());
      expect(graph.nodes.find((n) => n.key === PUTIN.id)?.mentions).toBe(1);
      expect((await store.graph({ country: 'TUR' })).edges).toHaveLength(1);
    });

    it('says how many pairs and events a graph is part of, and focuses on an actor, a sector or states', async () => {
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a')), turkey()]);
      expect((await store.graph({})).total).toEqual({ pairs: 2, events: 2 });
      const top = await store.graph({ limit: 1 });
      expect(top.edges).toHaveLength(1);
      expect(top.total).toEqual({ pairs: 2, events: 2 });
      expect((await store.graph({ quadClass: 3 })).total).toEqual({ pairs: 1, events: 1 });
      expect((await store.graph({ minWeight: 5 })).total).toEqual({ pairs: 0, events: 0 });
      expect((await store.graph({ actor: PUTIN.id! })).edges.map((e) => e.target)).toEqual([TALIBAN.id]);
      expect((await store.graph({ actor: 'Putin' })).edges).toEqual([]);
      expect((await store.graph({ sector: 'GOV' })).edges).toHaveLength(2);
      expect((await store.graph({ sector: 'MIL' })).edges).toHaveLength(0);
      const states = await store.graph({ by: 'country' });
      expect(states.edges.map((e) => `${e.source}>${e.target}:${e.weight}`).sort()).toEqual(['RUS>AFG:1', 'TUR>RUS:1']);
      expect(states.total).toEqual({ pairs: 2, events: 2 });
      const rus = (await store.actors({ country: 'RUS' })).reduce((n, a) => n + a.mentions, 0);
      expect(states.nodes.find((n) => n.key === 'RUS')).toMatchObject({ name: 'RUS', country: 'RUS', mentions: rus, weight: 2 });
    });

    it('draws a graph of one event type, one way of telling or one outlet, from the events', async () => {
      const denied = makeArticle({
        id: 'tr-2', url: 'https://daily.example/denial', date: '2024-08-02', title: 'Ankara denies a deal', text: TURKEY_TEXT,
        entities: [['Recep Tayyip Erdogan', 'PERSON', ERDOGAN]],
        events: [{ source: ['Recep Tayyip Erdogan', ERDOGAN], target: ['Moscow', { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' }], trigger: 'accused', plover: 'ACCUSE', cameo: '112', goldstein: -2, quadClass: 3, negated: true, factuality: 'negated' }],
      });
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a')), turkey(), denied]);
      const pairs = async (q: Parameters<Store['graph']>[0]) => (await store.graph(q)).edges.map((e) => `${e.source}>${e.target}:${e.weight}`);
      expect(await pairs({ type: 'ACCUSE' })).toEqual([`${ERDOGAN.id}>RUSGOV:1`]);
      expect(await pairs({ type: 'accuse' })).toEqual([`${ERDOGAN.id}>RUSGOV:1`]);
      expect(await pairs({ type: '11' })).toEqual([`${ERDOGAN.id}>RUSGOV:1`]);
      expect(await pairs({ type: '05' })).toEqual([`${PUTIN.id}>${TALIBAN.id}:1`]);
      expect(await pairs({ type: 'ASSAULT' })).toEqual([]);
      // The negated accusation is in no default graph, and is the whole graph of negated events.
      expect((await store.graph({})).total).toEqual({ pairs: 2, events: 2 });
      expect((await store.graph({ factuality: 'asserted' })).total).toEqual({ pairs: 2, events: 2 });
      expect(await pairs({ factuality: 'negated' })).toEqual([`${ERDOGAN.id}>RUSGOV:1`]);
      expect(await pairs({ factuality: 'claimed' })).toEqual([]);
      expect(await pairs({ outlet: 'ankara.example' })).toEqual([`${ERDOGAN.id}>RUSGOV:1`]);
      expect(await pairs({ outlet: 'daily.example' })).toEqual([]);
      expect(await pairs({ outlet: 'daily.example', factuality: 'negated' })).toEqual([`${ERDOGAN.id}>RUSGOV:1`]);
      // The other filters and the totals work on these graphs as on the month totals.
      const g = await store.graph({ type: 'ACCUSE', since: '2024-07', until: '2024-07', quadClass: 3 });
      expect(g.edges).toEqual([expect.objectContaining({ weight: 1, quad: [0, 0, 1, 0], meanGoldstein: -2 })]);
      expect(g.total).toEqual({ pairs: 1, events: 1 });
      expect(await pairs({ type: 'ACCUSE', since: '2024-08' })).toEqual([]);
      expect(await pairs({ outlet: 'wire.example', by: 'country' })).toEqual(['RUS>AFG:1']);
      expect(await pairs({ type: 'SUPPORT', actor: TALIBAN.id! })).toEqual([`${PUTIN.id}>${TALIBAN.id}:1`]);
    });

    it('finds quotes by speaker, about an actor or word, and since a date', async () => {
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a')), turkey()]);
      expect((await store.quotes({ speaker: 'Erdogan' })).map((q) => q.text)).toEqual(['Moscow must keep its word on the corridor,']);
      expect((await store.quotes({ speaker: 'Erdogan', about: 'Moscow' }))[0].about.map((a) => a.key)).toEqual(['RUSGOV']);
      expect(await store.quotes({ about: 'terrorism' })).toHaveLength(1);
      expect(await store.quotes({ speaker: 'RUS', since: '2024-07-01' })).toEqual([]);
      const detail = await store.actor('vladimir-putin');
      expect(detail?.quotesBy).toHaveLength(1);
      expect(detail?.eventsAsSource).toHaveLength(1);
      expect(detail?.eventsAsTarget).toHaveLength(0);
    });

    it('searches article text and quotes with highlighted snippets', async () => {
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a')), turkey()]);
      expect((await store.search({ text: 'grain talks' }))[0]).toMatchObject({ kind: 'article', article: { recordId: 'tr-1' } });
      const hits = await store.search({ text: 'corridor' });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.some((h) => h.kind === 'quote' && h.snippet.includes('[corridor]'))).toBe(true);
      expect(await store.search({ text: 'parliament' })).toEqual([]);
      expect(await store.search({ text: 'AND OR "' })).toEqual([]);
    });

    it('returns an article with its layers and exports contracts and events', async () => {
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a'))]);
      const a = await store.article(1);
      expect(a?.contract.article.text.startsWith('Russian President')).toBe(true);
      expect(a?.docText.slice(a.contract.quotes[0].start, a.contract.quotes[0].end)).toBe(a?.contract.quotes[0].text);
      expect(a?.contract.quotes[0].speakerActor?.id).toBe(PUTIN.id);
      expect(a?.provenance.events).toBe('events@1');
      expect(await store.article(99)).toBeNull();
      const all = [];
      for await (const c of store.contracts()) all.push(c.contract.id);
      expect(all).toEqual(['w1']);
      const ev = [];
      for await (const e of store.allEvents()) ev.push(e.plover);
      expect(ev).toEqual(['SUPPORT']);
    });

    it('orders the lists of actors, articles and events, and filters events as the network does', async () => {
      const denied = makeArticle({
        id: 'tr-2', url: 'https://daily.example/denial', date: '2024-08-02', title: 'Ankara denies a deal', text: TURKEY_TEXT,
        entities: [['Recep Tayyip Erdogan', 'PERSON', ERDOGAN]],
        events: [{ source: ['Recep Tayyip Erdogan', ERDOGAN], target: ['Moscow', { id: null, name: 'Russia', country: 'RUS', sector: 'GOV' }], trigger: 'accused', plover: 'ACCUSE', cameo: '112', goldstein: -2, quadClass: 3, negated: true, factuality: 'negated' }],
      });
      await store.write([makeArticle(wireSpec('w1', 'https://wire.example/a')), turkey(), denied]);
      const plovers = async (q: Parameters<Store['events']>[0]) => (await store.events(q)).map((e) => e.plover);
      expect(await plovers({})).toEqual(['ACCUSE', 'SUPPORT']);
      expect(await plovers({ sort: 'oldest' })).toEqual(['SUPPORT', 'ACCUSE']);
      expect(await plovers({ sort: 'conflict' })).toEqual(['ACCUSE', 'SUPPORT']);
      expect(await plovers({ sort: 'cooperation' })).toEqual(['SUPPORT', 'ACCUSE']);
      expect(await plovers({ sort: 'oldest', limit: 1, offset: 1 })).toEqual(['ACCUSE']);
      // Either side's two lists are merged in the order asked for.
      expect(await plovers({ actor: 'RUS', sort: 'oldest' })).toEqual(['SUPPORT', 'ACCUSE']);
      expect(await plovers({ actor: 'RUS', sort: 'cooperation', offset: 1 })).toEqual(['ACCUSE']);
      expect(await plovers({ country: 'AFG' })).toEqual(['SUPPORT']);
      expect(await plovers({ country: 'RUS' })).toEqual(['ACCUSE', 'SUPPORT']);
      expect(await plovers({ sector: 'GOV', country: 'TUR' })).toEqual(['ACCUSE']);
      expect(await plovers({ sector: 'MIL' })).toEqual([]);
      expect(await plovers({ outlet: 'ankara.example' })).toEqual(['ACCUSE']);
      expect(await plovers({ outlet: 'daily.example' })).toEqual([]);
      const negated = await store.events({ outlet: 'daily.example', factuality: 'negated' });
      expect(negated.map((e) => [e.plover, e.negated, e.article.recordId])).toEqual([['ACCUSE', true, 'tr-2']]);
      expect(await plovers({ factuality: 'asserted' })).toEqual(['ACCUSE', 'SUPPORT']);
      expect(await plovers({ factuality: 'claimed' })).toEqual([]);

      const ids = async (q: Parameters<Store['articles']>[0]) => (await store.articles(q)).map((a) => a.recordId);
      expect(await ids({})).toEqual(['tr-2', 'tr-1', 'w1']);
      expect(await ids({ sort: 'oldest' })).toEqual(['w1', 'tr-1', 'tr-2']);
      expect(await ids({ sort: 'title' })).toEqual(['tr-2', 'tr-1', 'w1']);
      expect(await ids({ sort: 'outlet' })).toEqual(['tr-1', 'tr-2', 'w1']);
      expect(await ids({ sort: 'oldest', offset: 2 })).toEqual(['tr-2']);

      // The time slider's months count the asserted events, as the network does: the negated one is left out.
      expect(await store.months()).toEqual([{ month: '2024-06', count: 1 }, { month: '2024-07', count: 1 }]);

      const names = (await store.actors({ sort: 'name' })).map((a) => a.name.toLowerCase());
      expect(names.length).toBeGreaterThan(2);
      expect(names).toEqual([...names].sort());
      const byEvents = (await store.actors({ sort: 'events' })).map((a) => a.asSource + a.asTarget);
      expect(byEvents).toEqual([...byEvents].sort((a, b) => b - a));
      expect((await store.actors({ sort: 'quotes', limit: 2 })).every((a) => a.quotes === 1)).toBe(true);
    });

    it('leaves negated events out of dyads and default event lists', async () => {
      const spec = wireSpec('n1', 'https://wire.example/n');
      spec.events![0].negated = true;
      await store.write([makeArticle(spec)]);
      expect(await store.events({})).toEqual([]);
      expect(await store.events({ includeNegated: true })).toHaveLength(1);
      expect(await store.dyads({})).toEqual([]);
    });

    it('keeps how each event was told: an intended act is stored, apart from asserted ones, by name', async () => {
      const spec = wireSpec('f1', 'https://wire.example/f');
      spec.events = [
        { ...spec.events![0], factuality: 'asserted' },
        { source: ['Vladimir Putin', PUTIN], target: ['Taliban', TALIBAN], trigger: 'work together', plover: 'COOPERATE', cameo: '060', goldstein: 6, quadClass: 2, negated: true, factuality: 'future' },
      ];
      await store.write([makeArticle(spec)]);
      expect((await store.events({})).map((e) => [e.plover, e.factuality])).toEqual([['SUPPORT', 'asserted']]);
      expect((await store.events({ includeNegated: true })).map((e) => [e.plover, e.factuality, e.negated]).sort()).toEqual([['COOPERATE', 'future', true], ['SUPPORT', 'asserted', false]]);
    });
  });
}
