// The take-away files: CSV rows per pair with formula-like names quoted, and GEXF that an XML parser
// reads back with every node, edge, colour and position.
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { edgesCsv, graphGexf, type ShownEdge, type ShownNode } from './downloads.ts';
import { palette } from './palette.ts';

const nodes: ShownNode[] = [
  { key: 'ana-ruiz', name: 'Ana Ruiz, "the envoy"', country: 'ESP', sector: 'GOV', mentions: 7, colour: '#1f5fa8', size: 30, x: 10, y: -4 },
  { key: 'ESP', name: '=Spain & <co>', country: 'ESP', sector: null, mentions: 3, colour: '#d9541e', size: 20, x: -2.5, y: 8 },
];
const edges: ShownEdge[] = [{ source: 'ana-ruiz', target: 'ESP', weight: 3, quad: [2, 0, 1, 0], meanGoldstein: 1.5 }];

describe('edgesCsv', () => {
  it('writes a header and one row per pair, quoting commas, quotes and formula starts', () => {
    const lines = edgesCsv(nodes, edges).trimEnd().split('\r\n');
    expect(lines[0]).toBe('source,source_name,source_country,target,target_name,target_country,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,mean_goldstein');
    expect(lines[1]).toBe('ana-ruiz,"Ana Ruiz, ""the envoy""",ESP,ESP,"=Spain & <co>",ESP,3,2,0,1,0,1.5');
    expect(lines).toHaveLength(2);
  });
});

describe('graphGexf', () => {
  it('is XML with every node and edge, their colours and positions', () => {
    const doc = new DOMParser().parseFromString(graphGexf(nodes, edges, 'test graph'), 'text/xml');
    const ns = [...doc.querySelectorAll('node')];
    // linkedom's XML mode leaves &amp; undecoded in attributes, so the escaping is checked on the text itself.
    expect(ns.map((n) => n.getAttribute('label'))).toEqual(['Ana Ruiz, "the envoy"', '=Spain &amp; &lt;co&gt;']);
    expect(graphGexf(nodes, edges, 'x')).not.toContain('<co>');
    expect(doc.querySelectorAll('edge')).toHaveLength(1);
    expect(doc.querySelector('edge')!.getAttribute('weight')).toBe('3');
    const colour = ns[0].querySelector('viz\\:color')!;
    expect([colour.getAttribute('r'), colour.getAttribute('g'), colour.getAttribute('b')]).toEqual(['31', '95', '168']);
    expect(ns[1].querySelector('viz\\:position')!.getAttribute('y')).toBe('-8');
  });
});

describe('palette', () => {
  it('colours the categories with most mentions, folds the rest into other, and marks missing codes', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ country: `C${String.fromCharCode(65 + i)}X`, sector: null, mentions: 100 - i }));
    const { colourOf, legend } = palette([...many, { country: null, sector: null, mentions: 1 }], 'country');
    expect(legend.map((l) => l.code)).toEqual(['CAX', 'CBX', 'CCX', 'CDX', 'CEX', 'CFX', 'CGX', 'CHX', 'CIX', 'CJX', '2 others', 'no country']);
    expect(new Set(legend.slice(0, 10).map((l) => l.colour)).size).toBe(10);
    expect(colourOf({ country: 'CKX', sector: null })).toBe(legend[10].colour);
    expect(colourOf({ country: null, sector: null })).toBe(legend[11].colour);
    expect(palette([{ country: 'RUS', sector: 'GOV', mentions: 3 }], 'sector').legend).toEqual([{ code: 'GOV', colour: legend[0].colour, nodes: 1, mentions: 3 }]);
  });
});
