// Export writers. GDELT: the 61 columns of the GDELT 2.0 event table, in order, filled where dyad has
// the data. GraphML and GEXF: actors as nodes, directed dyads as weighted edges.
import type { EventRow, Graph } from '../../store/store.ts';

const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`), ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`), ...GEO.map((c) => `Actor2Geo_${c}`), ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

const tsv = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function actorCols(a: EventRow['source'], text: string | null): unknown[] {
  const code = a ? (a.country ?? '') + (a.sector ?? '') : '';
  return [code || null, (a?.name ?? text)?.toUpperCase() ?? null, a?.country ?? null, null, null, null, null, a?.sector ?? null, null, null];
}

/**
 * The GDELT date columns of a day: Day (YYYYMMDD), MonthYear (YYYYMM), Year, and FractionDate, which the
 * codebook defines as the year plus (MONTH * 30 + DAY) / 365, to four places.
 */
export function gdeltDates(d: string): [string, string, string, string] {
  const [y, m, day] = d.split('-').map(Number);
  return [d.replace(/-/g, ''), d.slice(0, 7).replace('-', ''), d.slice(0, 4), (y + (m * 30 + day) / 365).toFixed(4)];
}

export function gdeltRow(e: EventRow, added: Date): string {
  // The event's own date; the article's for a row stored without one.
  const d = e.date ?? e.article.date;
  const cameo = e.cameo ?? '';
  const stamp = added.toISOString().replace(/\D/g, '').slice(0, 14);
  const cols: unknown[] = [
    e.id, ...(d ? gdeltDates(d) : [null, null, null, null]),
    ...actorCols(e.source, e.sourceText), ...actorCols(e.target, e.targetText),
    null, cameo || null, cameo.slice(0, 3) || null, cameo.slice(0, 2) || null, e.quadClass, e.goldstein, e.numMentions, e.numSources, e.numArticles, null,
    ...Array(24).fill(null),
    stamp, e.article.url ?? e.article.recordId,
  ];
  return cols.map(tsv).join('\t');
}

const xml = (s: unknown) => String(s ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export function graphml(g: Graph): string {
  const keys = [
    ['name', 'node', 'string'], ['country', 'node', 'string'], ['sector', 'node', 'string'], ['nweight', 'node', 'int', 'weight'],
    ['weight', 'edge', 'double'], ['quadClass', 'edge', 'int'], ['meanGoldstein', 'edge', 'double'], ['q1', 'edge', 'int'], ['q2', 'edge', 'int'], ['q3', 'edge', 'int'], ['q4', 'edge', 'int'],
  ];
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [id, on, type, name] of keys) out.push(`  <key id="${id}" for="${on}" attr.name="${name ?? id}" attr.type="${type}"/>`);
  out.push('  <graph id="dyads" edgedefault="directed">');
  for (const n of g.nodes) {
    out.push(`    <node id="${xml(n.key)}"><data key="name">${xml(n.name)}</data><data key="country">${xml(n.country)}</data><data key="sector">${xml(n.sector)}</data><data key="nweight">${n.weight}</data></node>`);
  }
  g.edges.forEach((e, i) => {
    const q = e.quad.map((v, k) => `<data key="q${k + 1}">${v}</data>`).join('');
    const gs = e.meanGoldstein === null ? '' : `<data key="meanGoldstein">${e.meanGoldstein}</data>`;
    out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.weight}</data><data key="quadClass">${e.quadClass}</data>${gs}${q}</edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

/** A pair's months with events ("2024-06") as GEXF spells: runs of consecutive months, first to last day. */
export function spellsOf(months: string[]): { start: string; end: string }[] {
  const sorted = [...new Set(months)].sort();
  const next = (m: string) => {
    const [y, mo] = m.split('-').map(Number);
    return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  };
  const lastDay = (m: string) => {
    const [y, mo] = m.split('-').map(Number);
    return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  const out: { start: string; end: string }[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && next(last.end.slice(0, 7)) === m) last.end = lastDay(m);
    else out.push({ start: `${m}-01`, end: lastDay(m) });
  }
  return out;
}

/**
 * GEXF 1.3. With `months` (pair "source\ttarget" -> months with events, by the events' own dates) the
 * graph is dynamic: each edge carries spells, so a viewer's timeline shows when a relation was active.
 */
export function gexf(g: Graph, months?: Map<string, string[]>): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>dyad</creator><description>actors and directed dyads</description></meta>',
    months ? '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">' : '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="0" title="country" type="string"/><attribute id="1" title="sector" type="string"/><attribute id="2" title="weight" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="0" title="quadClass" type="integer"/><attribute id="1" title="meanGoldstein" type="double"/><attribute id="2" title="quad" type="string"/></attributes>',
    '    <nodes>',
  ];
  for (const n of g.nodes) {
    out.push(`      <node id="${xml(n.key)}" label="${xml(n.name)}"><attvalues><attvalue for="0" value="${xml(n.country)}"/><attvalue for="1" value="${xml(n.sector)}"/><attvalue for="2" value="${n.weight}"/></attvalues></node>`);
  }
  out.push('    </nodes>', '    <edges>');
  g.edges.forEach((e, i) => {
    const gs = e.meanGoldstein === null ? '' : `<attvalue for="1" value="${e.meanGoldstein}"/>`;
    const spells = months ? spellsOf(months.get(`${e.source}\t${e.target}`) ?? []) : [];
    const sp = spells.length ? `<spells>${spells.map((s) => `<spell start="${s.start}" end="${s.end}"/>`).join('')}</spells>` : '';
    out.push(`      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.weight}"><attvalues><attvalue for="0" value="${e.quadClass}"/>${gs}<attvalue for="2" value="${e.quad.join(',')}"/></attvalues>${sp}</edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n') + '\n';
}
