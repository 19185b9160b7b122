// Export writers. GDELT: the 61 columns of the GDELT 2.0 event table, in order, filled where dyad has
// the data. GraphML and GEXF: actors as nodes, directed dyads as weighted edges.
import type { EventRow, Graph } from '../../store/store.ts';
import { csvLine } from './output.ts';

const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
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

export function gdeltRow(e: EventRow, added: Date): string {
  const d = e.date ?? '';
  const [y, m, day] = d.split('-').map(Number);
  const frac = d ? (y + (Date.UTC(y, m - 1, day) - Date.UTC(y, 0, 1)) / 864e5 / 365).toFixed(4) : null;
  const cameo = e.cameo ?? '';
  const stamp = added.toISOString().replace(/\D/g, '').slice(0, 14);
  const cols: unknown[] = [
    e.id, d.replace(/-/g, '') || null, d.slice(0, 7).replace('-', '') || null, d.slice(0, 4) || null, frac,
    ...actorCols(e.source, e.sourceText), ...actorCols(e.target, e.targetText),
    null, cameo || null, cameo.slice(0, 3) || null, cameo.slice(0, 2) || null, e.quadClass, e.goldstein, e.numMentions, e.numSources, e.numArticles, null,
    ...Array(24).fill(null),
    stamp, e.article.url ?? e.article.recordId,
  ];
  return cols.map(tsv).join('\t');
}

export const CSV_COLUMNS = ['id', 'date', 'source_key', 'source_name', 'source_country', 'plover', 'cameo', 'target_key', 'target_name', 'target_country',
  'goldstein', 'quad_class', 'num_mentions', 'num_sources', 'num_articles', 'trigger', 'sentence', 'article_id', 'url'];

export const csvRow = (e: EventRow) => csvLine([e.id, e.date, e.source?.key, e.source?.name ?? e.sourceText, e.source?.country, e.plover, e.cameo,
  e.target?.key, e.target?.name ?? e.targetText, e.target?.country, e.goldstein, e.quadClass, e.numMentions, e.numSources, e.numArticles,
  e.trigger, e.sentence, e.article.id, e.article.url]);

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

export function gexf(g: Graph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>dyad</creator><description>actors and directed dyads</description></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
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
    out.push(`      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.weight}"><attvalues><attvalue for="0" value="${e.quadClass}"/>${gs}<attvalue for="2" value="${e.quad.join(',')}"/></attvalues></edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n') + '\n';
}
