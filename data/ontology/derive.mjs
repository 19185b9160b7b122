#!/usr/bin/env node
// Derives dyad's ontology tables from ../shared/reference (see README.md). Run from the project root:
//   node data/ontology/derive.mjs ../shared/reference data/ontology
// Writes cameo.tsv, cameo-plover.tsv, plover.tsv, plover-modes.tsv, plover-contexts.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [ref, outDir] = process.argv.slice(2);
const csvRow = (line) => {
  const cells = [];
  let cur = '';
  let q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    else if (ch === ',' && !q) { cells.push(cur); cur = ''; } else cur += ch;
  }
  cells.push(cur);
  return cells;
};
// CAMEO QuadClass by root, as GDELT 1.0 defines it: 01-05 verbal cooperation, 06-08 material cooperation,
// 09-13 verbal conflict, 14-20 material conflict.
const quadOf = (code) => {
  const r = Number(code.slice(0, 2));
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
};
const cameo = readFileSync(join(ref, 'goldstein/cameo-codes.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map(csvRow);
const rows = ['# code\tgoldstein\tquadClass\tname'];
for (const [code, name, g] of cameo) rows.push(`${code}\t${Number(g)}\t${quadOf(code)}\t${name.trim()}`);
writeFileSync(join(outDir, 'cameo.tsv'), rows.join('\n') + '\n');

// CAMEO -> PLOVER: the PLOVER table, then dyad's additions for the roots PLOVER dropped (02 APPEAL is a
// request in PLOVER's sense: "all requests, demands, and orders"); 01 (statements) stays uncoded.
const map = new Map();
let root = null;
for (const line of readFileSync(join(ref, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8').split('\n')) {
  const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*)(?:,([^#]*))?)?/.exec(line);
  if (!m) continue;
  const [, code, type, mode = '', ctx = ''] = m;
  if (code.length === 2) { root = { code, type }; if (!map.has(code)) map.set(code, { type, mode: '', ctx: '', from: 'plover' }); continue; }
  map.set(code, { type, mode: mode.trim().replace(/\s+/g, ''), ctx: ctx.trim().replace(/\s+/g, '').replace(/;/g, ','), from: 'plover' });
}
const appeal = { '02': '', '020': '', '021': 'assist', '0211': 'assist', '0212': 'assist', '0213': 'assist', '0214': 'assist',
  '022': 'assist', '023': 'assist', '0231': 'assist', '0232': 'assist', '0233': 'assist', '0234': 'assist', '024': 'change',
  '0241': 'change', '0242': 'change', '0243': 'change', '0244': 'change', '025': 'yield', '0251': 'yield', '0252': 'yield',
  '0253': 'yield', '0254': 'yield', '0255': 'yield', '0256': 'yield', '026': 'meet', '027': 'meet', '028': 'meet' };
// CAMEO2PLOVER-2021 files 163 (impose embargo, boycott or sanctions) under COERCE; the later manual
// (DRAFT 2.0, SANCTION, mode discontinue) codes "international (political or economic) sanctions" as
// SANCTION. dyad follows the manual.
map.set('163', { type: 'SANCTION', mode: 'discontinue', ctx: 'economic', from: 'dyad' });
const ctxOf = (c) => map.get(`10${c.slice(2)}`)?.ctx ?? '';
for (const [code, mode] of Object.entries(appeal)) if (!map.has(code)) map.set(code, { type: 'REQUEST', mode, ctx: ctxOf(code), from: 'dyad' });
// codes in the CAMEO table without a row of their own take their parent's (0 - 3 digits up)
for (const [code] of cameo) {
  if (map.has(code) || code.startsWith('01')) continue;
  for (let n = code.length - 1; n >= 2; n--) {
    const p = map.get(code.slice(0, n)) ?? (n === 3 ? undefined : undefined);
    if (p) { map.set(code, { ...p, from: 'parent' }); break; }
  }
}
const cp = ['# cameo\tplover\tmode\tcontext\tfrom (plover = CAMEO2PLOVER-2021; dyad = added by dyad; parent = inherited)'];
for (const [code, r] of [...map].sort(([a], [b]) => a.localeCompare(b))) cp.push(`${code}\t${r.type}\t${r.mode}\t${r.ctx}\t${r.from}`);
writeFileSync(join(outDir, 'cameo-plover.tsv'), cp.join('\n') + '\n');

const lists = JSON.parse(readFileSync(join(ref, 'plover/plover-lists.json'), 'utf8'));
const quadNo = new Map();
for (const q of lists.quadCategories) for (const c of q.categories) quadNo.set(c, q.quad);
// The manual's own event sections disagree with its quad table for SANCTION; dyad follows the section
// (material conflict, 4). ACCUSE's base score is printed 3; dyad uses -3 (its modes score -2 to -3.5).
quadNo.set('SANCTION', 4);
const base = new Map(lists.ploverScores.filter((s) => s.mode === null).map((s) => [s.event, s.event === 'ACCUSE' ? -Math.abs(s.score) : s.score]));
const pl = ['# type\tquadClass\tbaseScore\trequiresRecipient\tmodes'];
for (const e of lists.events) pl.push(`${e.name}\t${quadNo.get(e.name)}\t${base.get(e.name)}\t${e.requiresRecipient ? 'yes' : 'no'}\t${e.modes.map((m) => m.name).join(',')}`);
writeFileSync(join(outDir, 'plover.tsv'), pl.join('\n') + '\n');
const pm = ['# type\tmode\tscore'];
for (const s of lists.ploverScores) if (s.mode) pm.push(`${s.event}\t${s.mode.trim()}\t${s.score}`);
writeFileSync(join(outDir, 'plover-modes.tsv'), pm.join('\n') + '\n');
writeFileSync(join(outDir, 'plover-contexts.txt'), '# PLOVER contexts, one a line\n' + lists.contexts.map((c) => c.name).join('\n') + '\n');
