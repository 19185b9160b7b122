// Actor identity across a corpus, as a user meets it: `npx tsx bench/identity.ts [SOURCE...] [--keep]`, each
// source a folder of texts or a JSONL file (default the issue's 1,692 articles: the PolNeAR train and dev
// texts, ../shared/gold/quotes/{train,dev}/text, and the newswire entity train records,
// ../shared/gold/entities/train/records.jsonl, read at run time, never copied here).
// Ingests them into a fresh SQLite store with a manifest of the dates in the file names
// (outlet_YYYY-MM-DD_slug.txt), then reads `dyad actors --json` and `dyad export --format jsonl` and
// prints: actors and those with no country; how many actors Trump, Clinton and Sanders became (with
// their mentions); and the share of PERSON and ORG mentions whose actor has a country (issue 13: 70%),
// both as each article's analysis has it and as the store keys it (a surname chained to an unknown full
// name takes the country another article gave that name), with the largest actors still without one.
// Not part of `npm test`; it takes a few minutes on the shared machine.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const keep = process.argv.includes('--keep');
const gold = join(import.meta.dirname, '../../shared/gold');
const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sources = given.length ? given : [join(gold, 'quotes/train/text'), join(gold, 'quotes/dev/text'), join(gold, 'entities/train/records.jsonl')];
const dirs = sources.filter((s) => statSync(s).isDirectory());
const work = mkdtempSync(join(tmpdir(), 'dyad-identity-'));
const db = join(work, 'corpus.db');
const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)));
const manifest = files.map((f) => ({ file: f, date: f.match(/_(\d{4}-\d{2}-\d{2})_/)?.[1] })).filter((m) => m.date);
writeFileSync(join(work, 'dates.jsonl'), manifest.map((m) => JSON.stringify(m)).join('\n') + '\n');
const dyad = (...args: string[]) => execFileSync('npx', ['dyad', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });

const t0 = Date.now();
process.stderr.write(dyad('ingest', ...sources, '--db', db, '--manifest', join(work, 'dates.jsonl'), '--no-progress'));
const stored = new Database(db, { readonly: true });
const articles = (stored.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
stored.close();
console.log(`${articles} articles (${manifest.length} text files dated) ingested in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

interface Row { key: string; name: string; country: string | null; sector: string | null; mentions: number }
const actors = JSON.parse(dyad('actors', '--db', db, '--json', '--limit', '10000000')) as Row[];
const none = actors.filter((a) => !a.country).length;
console.log(`actors: ${actors.length}, ${none} with no country (${((100 * none) / actors.length).toFixed(1)}%)`);
// The person's own actors: names holding the full name ("Democrat Bernie Sanders") or the surname alone
// ("Sanders", "Sanders’s"); others with the surname (Jane Sanders, Trump University) are listed apart.
for (const [first, last] of [['Donald', 'Trump'], ['Hillary', 'Clinton'], ['Bernie', 'Sanders']]) {
  const own = new RegExp(`\\b${first}( [A-Z]\\.)? ${last}\\b|^${last}(['’]s?)?$`, 'i');
  const list = actors.filter((a) => own.test(a.name)).sort((a, b) => b.mentions - a.mentions);
  const others = actors.filter((a) => !own.test(a.name) && new RegExp(`\\b${last}\\b`, 'i').test(a.name)).length;
  const total = list.reduce((n, a) => n + a.mentions, 0);
  const top = list.slice(0, 4).map((a) => `${a.key} ${a.country ?? '-'}/${a.sector ?? '-'} ${a.mentions}`).join('; ');
  console.log(`${first} ${last}: ${list.length} actors, ${total} mentions (${others} other actors named ${last}); ${top}`);
}

let all = 0;
let withCountry = 0;
const byType: Record<string, [number, number]> = {};
for (const line of dyad('export', '--db', db, '--format', 'jsonl').split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line) as { entities?: { type: string; actor: { country: string | null } | null }[] };
  for (const e of rec.entities ?? []) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    const has = Boolean(e.actor?.country);
    all++;
    if (has) withCountry++;
    const t = (byType[e.type] ??= [0, 0]);
    t[0]++;
    if (has) t[1]++;
  }
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`PERSON+ORG mentions with a country: ${withCountry}/${all} = ${pct(withCountry, all)} (PERSON ${pct(byType.PERSON?.[1] ?? 0, byType.PERSON?.[0] ?? 0)}, ORG ${pct(byType.ORG?.[1] ?? 0, byType.ORG?.[0] ?? 0)})`);
// The store's view: each mention's actor as the store keyed it, with the country it holds now.
const sql = new Database(db, { readonly: true });
const rows = sql.prepare("SELECT m.type AS type, count(*) AS n, sum(a.country IS NOT NULL) AS c FROM entity_mentions m LEFT JOIN actors a ON a.id = m.actor_id WHERE m.type IN ('PERSON', 'ORG') GROUP BY m.type").all() as { type: string; n: number; c: number }[];
const n = rows.reduce((s, r) => s + r.n, 0);
const c = rows.reduce((s, r) => s + r.c, 0);
console.log(`in the store: ${c}/${n} = ${pct(c, n)} (${rows.map((r) => `${r.type} ${pct(r.c, r.n)}`).join(', ')})`);
const missing = sql.prepare("SELECT a.key AS key, m.type AS type, count(*) AS n FROM entity_mentions m LEFT JOIN actors a ON a.id = m.actor_id WHERE m.type IN ('PERSON', 'ORG') AND a.country IS NULL GROUP BY a.key, m.type ORDER BY n DESC LIMIT 40").all() as { key: string; type: string; n: number }[];
console.log(`most mentioned without a country: ${missing.map((r) => `${r.key ?? '(none)'} ${r.type} ${r.n}`).join('; ')}`);
sql.close();
if (keep) console.log(`store kept: ${db}`);
else rmSync(work, { recursive: true, force: true });
