// Query speed on a store of 1M synthetic events: `dyad events` with filters and `dyad dyads` must answer
// in <= 200 ms. The store is built with bulk SQL into the real schema (articles, actors, events, event
// mentions, and the dyad summaries the writer keeps), then queried through the Store interface.
// Run: npx tsx bench/query.ts [EVENTS] [--keep FILE]   (--keep: build FILE once, reuse it on later runs)
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../src/store/sqlite/migrate.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { COUNTRIES, syntheticEvents } from './synthetic.ts';

const N = Number(process.argv[2] ?? 1_000_000);
const keep = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : null;
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-query-'));
const path = keep ?? join(dir, 'query.db');
const PER_ARTICLE = 10;

function build(): void {
  rmSync(path, { force: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  migrate(db);
  const actorId = new Map<string, number>();
  const addActor = db.prepare('INSERT INTO actors (key, name, country, sector) VALUES (?, ?, ?, ?)');
  const article = db.prepare(`INSERT INTO articles (record_id, ident, source, url, content_hash, date, title, body, contract, provenance, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, '', '{}', '{}', '')`);
  const event = db.prepare(`INSERT INTO events (article_id, date, plover, cameo, goldstein, quad_class, negated, source_actor_id, target_actor_id,
    source_country, target_country, source_text, target_text, trigger_text, sentence_text, merge_key) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const mention = db.prepare('INSERT INTO event_mentions (event_id, article_id, idx, source) VALUES (?, ?, ?, ?)');
  const actor = (country: string, sector: string) => {
    const key = country + sector;
    let id = actorId.get(key);
    if (id === undefined) actorId.set(key, (id = Number(addActor.run(key, key, country, sector).lastInsertRowid)));
    return id;
  };
  // Bulk load without the event indexes, then build them once: the same indexes, far faster to load.
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('events', 'event_mentions') AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  const started = Date.now();
  let i = 0;
  let articleId = 0;
  const insert = db.transaction((chunk: ReturnType<typeof syntheticEvents>, n: number) => {
    for (let k = 0; k < n; k++) {
      const r = chunk.next();
      if (r.done) return;
      const e = r.value;
      if (i % PER_ARTICLE === 0) {
        articleId = Number(article.run(`a${i}`, `https://bench.example/${i}`, 'bench.example', `https://bench.example/${i}`, String(i), e.date, `Article ${i}`).lastInsertRowid);
      }
      const s = actor(e.source.country, e.source.sector);
      const t = actor(e.target.country, e.target.sector);
      const id = event.run(articleId, e.date, e.plover, e.cameo, e.goldstein, e.quadClass, s, t, e.source.country, e.target.country,
        e.source.country, e.target.country, e.plover.toLowerCase(), `${e.source.country} and ${e.target.country}: ${e.plover}`, `${e.plover}|${e.cameo}|${s}|${t}|0`).lastInsertRowid;
      mention.run(id, articleId, i % PER_ARTICLE, 'bench.example');
      i++;
    }
  });
  const gen = syntheticEvents(N);
  while (i < N) insert(gen, 50_000);
  for (const ix of indexes) db.exec(ix.sql);
  db.exec(`INSERT INTO dyad_months SELECT source_actor_id, target_actor_id, substr(date, 1, 7), COUNT(*),
    SUM(quad_class = 1), SUM(quad_class = 2), SUM(quad_class = 3), SUM(quad_class = 4),
    SUM(CASE WHEN quad_class = 1 THEN goldstein ELSE 0 END), SUM(CASE WHEN quad_class = 2 THEN goldstein ELSE 0 END),
    SUM(CASE WHEN quad_class = 3 THEN goldstein ELSE 0 END), SUM(CASE WHEN quad_class = 4 THEN goldstein ELSE 0 END),
    SUM(goldstein), COUNT(goldstein) FROM events WHERE negated = 0 GROUP BY 1, 2, 3`);
  db.exec(`INSERT INTO dyad_totals SELECT source_actor_id, target_actor_id, SUM(n), SUM(q1), SUM(q2), SUM(q3), SUM(q4),
    SUM(g1), SUM(g2), SUM(g3), SUM(g4), SUM(gsum), SUM(gn) FROM dyad_months GROUP BY 1, 2`);
  db.exec(`UPDATE actors SET as_source = (SELECT COUNT(*) FROM events WHERE source_actor_id = actors.id),
    as_target = (SELECT COUNT(*) FROM events WHERE target_actor_id = actors.id)`);
  db.pragma('optimize');
  db.exec('ANALYZE');
  db.close();
  console.log(`built ${N.toLocaleString()} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function time(store: Store, label: string, run: () => Promise<unknown[]>): Promise<number> {
  const runs: number[] = [];
  let rows = 0;
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    rows = (await run()).length;
    runs.push(performance.now() - t);
  }
  const first = runs[0];
  const median = [...runs].sort((a, b) => a - b)[2];
  console.log(`${label.padEnd(70)} first ${first.toFixed(1).padStart(7)} ms  median ${median.toFixed(1).padStart(7)} ms  (${rows} rows)`);
  return Math.max(first, median);
}

if (keep && existsSync(keep)) console.log(`reusing ${keep}`);
else build();
const store = openSqliteStore(path, { readonly: true });
const worst: number[] = [];
const c = COUNTRIES;
worst.push(await time(store, 'events (no filter, newest 50)', () => store.events({})));
worst.push(await time(store, 'events --source RUS --target AFG --type SUPPORT --since 2024-01-01', () => store.events({ source: 'RUS', target: 'AFG', type: 'SUPPORT', since: '2024-01-01' })));
worst.push(await time(store, 'events --source RUS', () => store.events({ source: 'RUS' })));
worst.push(await time(store, 'events --target UKR --type ASSAULT', () => store.events({ target: 'UKR', type: 'ASSAULT' })));
worst.push(await time(store, 'events --type 05 --since 2025-06-01', () => store.events({ type: '05', since: '2025-06-01' })));
worst.push(await time(store, 'events --actor CHNGOV --offset 5000', () => store.events({ actor: 'CHNGOV', offset: 5000 })));
worst.push(await time(store, `events --source ${c[3]} --target ${c[4]} --until 2016-01-01`, () => store.events({ source: c[3], target: c[4], until: '2016-01-01' })));
worst.push(await time(store, 'dyads (top 50)', () => store.dyads({})));
worst.push(await time(store, 'dyads --source RUS --since 2024-01', () => store.dyads({ source: 'RUS', since: '2024-01' })));
worst.push(await time(store, 'dyads --actor USAGOV --min-count 100', () => store.dyads({ actor: 'USAGOV', minCount: 100 })));
// The graph is not one of the <= 200 ms targets (the web page asks for it once per view): reported only.
await time(store, 'graph --quad-class 4 --since 2024-01-01 (not a target)', async () => (await store.graph({ quadClass: 4, since: '2024-01-01' })).edges);
await time(store, 'graph (all time, not a target)', async () => (await store.graph({})).edges);
await store.close();
const max = Math.max(...worst);
console.log(`slowest events/dyads query: ${max.toFixed(1)} ms (target <= 200 ms): ${max <= 200 ? 'PASS' : 'FAIL'}`);
if (!keep) rmSync(dir, { recursive: true, force: true });
