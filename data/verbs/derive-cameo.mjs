#!/usr/bin/env node
// Derives data/verbs/cameo.verbs (dyad's pattern format, see README.md) from the PETRARCH-2 CAMEO verb
// dictionary. Run from the project root, once, when the source changes:
//   node data/verbs/derive-cameo.mjs ../shared/reference/petrarch2/CAMEO.2.0.txt > data/verbs/cameo.verbs
// What it keeps: synonym sets; each verb with its own or its block's code; each pattern whose words all
// follow the verb, attached to the verb its comment names (PETRARCH shares a block's patterns among all
// its verbs, which over-codes). What it drops: patterns with words before the verb, the transformations,
// codes "---", verbs ending in "_" particles only.
import { readFileSync } from 'node:fs';

const src = readFileSync(process.argv[2], 'utf8').split('\n');
const out = [];
const lower = (w) => w.toLowerCase().replace(/_$/, '').replace(/_/g, '_');
const codeOf = (s) => {
  const m = /\[([^\]]*)\]/.exec(s);
  if (!m) return null;
  const parts = m[1].split(':').map((x) => x.trim()).filter((x) => /^\d{2,4}$/.test(x));
  return parts[0] ?? null;
};
const sets = [];
let i = 0;
for (; i < src.length && !src[i].startsWith('####### VERB PATTERNS'); i++) {
  const line = src[i].replace(/#.*/, '').trim();
  if (line.startsWith('&')) sets.push({ name: line.slice(1).replace(/_$/, '').toLowerCase(), members: [] });
  else if (line.startsWith('+') && sets.length) {
    const w = line.slice(1).trim().toLowerCase().replace(/_+$/, '');
    if (/^[a-z0-9'\-_]+$/.test(w) && !sets.at(-1).members.includes(w)) sets.at(-1).members.push(w);
  }
}
const known = new Set(sets.filter((s) => s.members.length).map((s) => s.name));
out.push('# Synonym sets (from the dictionary\'s SYNONYM SETS)');
for (const s of sets) if (s.members.length) out.push(`&${s.name} = ${s.members.join('|')}`);

// a pattern element after the verb -> dyad elements
function convert(words) {
  const res = [];
  const toks = words.replace(/[{}]/g, (c) => (c === '{' ? ' { ' : ' } ')).replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  let group = null;
  for (const t of toks) {
    if (t === '{') { group = []; continue; }
    if (t === '}') { if (group?.length) res.push(group.join('_')); group = null; continue; }
    if (t === '^' || t === '%') continue;
    const w = t === '$' || t === '+' ? t : t.startsWith('&') ? t.toLowerCase().replace(/_$/, '') : t.toLowerCase().replace(/_$/, '').replace(/_/g, '_');
    if (!/^(\$|\+|&?[a-z0-9'\-_.]+)$/.test(w)) return null;
    if (w.startsWith('&') && !known.has(w.slice(1))) return null; // a set the source never defines
    if (group) group.push(w); else res.push(w);
  }
  return res.length ? res : null;
}

const sayings = new Set(['say', 'tell', 'state', 'announce', 'declare', 'add', 'report', 'claim', 'assert', 'note', 'remark', 'reiterate', 'stress', 'explain', 'comment', 'mention', 'inform', 'describe', 'predict', 'warn_that']);
let block = null;
let blockCode = null;
let verbs = new Map(); // upper-case name -> head text
for (i++; i < src.length; i++) {
  const raw = src[i];
  if (raw.startsWith('######## TRANSFORMATIONS')) break;
  const hdr = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(raw);
  if (hdr) {
    block = hdr[1];
    blockCode = codeOf(`[${hdr[2]}]`);
    verbs = new Map();
    out.push('', `== ${block.toLowerCase()}`);
    continue;
  }
  if (!block) continue;
  const [body, comment = ''] = raw.split('#');
  const line = body.trim();
  if (!line) continue;
  if (line.startsWith('-')) {
    const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(line);
    if (!m) continue;
    const code = codeOf(`[${m[2]}]`);
    if (!code) continue;
    const star = m[1].indexOf('*');
    if (star < 0 || m[1].slice(0, star).trim()) continue; // words before the verb: dropped
    const elems = convert(m[1].slice(star + 1));
    if (!elems) continue;
    const owner = comment.trim().split(/\s+/)[0]?.toUpperCase();
    const head = verbs.get(owner) ?? [...verbs.values()][0];
    if (!head) continue;
    // patterns of verbs of saying ("say * support") are dropped: dyad reads what was said as a quote
    // and codes its content, so the content's own verb gives the event, its tense and its negation
    if (sayings.has(head)) continue;
    out.push(`${code.padEnd(5)} ${head} ${elems.join(' ')}`);
    continue;
  }
  // a verb line: NAME {forms} [code]
  const vm = /^\+?([A-Z][A-Z0-9'\-_]*)/.exec(line);
  if (!vm) continue;
  const name = vm[1].replace(/_+$/, '');
  if (!name) continue;
  const head = name.toLowerCase();
  verbs.set(name, head);
  verbs.set(vm[1], head);
  const code = codeOf(line) ?? blockCode;
  if (code) out.push(`${code.padEnd(5)} ${head}`);
}
process.stdout.write(out.join('\n') + '\n');
