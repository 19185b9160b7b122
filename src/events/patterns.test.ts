import { describe, expect, it } from 'vitest';
import { parseVerbs, PatternError } from './patterns.ts';
import { loadOntology, loadVerbs } from './load.ts';
import { cameoOf, ploverOf } from './ontology.ts';

describe('verb pattern files', () => {
  it('parses sets, heads, alternatives, adjacent words and role markers', () => {
    const d = parseVerbs('&talks = talks|peace_talks\n036  remain open to &talks\n030 express interest relations with +\n', 'x.verbs');
    expect(d.size).toBe(2);
    const p = d.byHead.get('remain')![0];
    expect(p.code).toBe('036');
    expect(p.elems.map((e) => e.alts)).toEqual([[['open']], [['to']], [['talks'], ['peace', 'talks']]]);
    const q = d.byHead.get('express')![0];
    expect(q.elems.at(-1)).toEqual({ alts: [], role: 'target' });
  });

  it('fails at load with the file and line of a bad pattern', () => {
    expect(() => parseVerbs('051 praise\n\nXYZ praise\n', 'data/verbs/bad.verbs')).toThrow(PatternError);
    expect(() => parseVerbs('051 praise\n\nXYZ praise\n', 'data/verbs/bad.verbs')).toThrow(/^data\/verbs\/bad\.verbs:3: /);
    expect(() => parseVerbs('051 praise &nosuchset\n', 'f.verbs')).toThrow(/f\.verbs:1: unknown synonym set/);
    expect(() => parseVerbs('051\n', 'f.verbs')).toThrow(/f\.verbs:1: a pattern needs a head/);
    expect(() => parseVerbs('051 praise $ +\n', 'f.verbs')).toThrow(/f\.verbs:1: two role markers/);
  });

  it('loads the bundled dictionaries', () => {
    const v = loadVerbs();
    expect(v.size).toBeGreaterThan(4000);
    expect(v.byHead.has('affirm')).toBe(true);
  });
});

describe('ontology tables', () => {
  const o = loadOntology();
  it('gives CAMEO names, Goldstein scores and QuadClass by root', () => {
    expect(cameoOf(o, '051')).toMatchObject({ goldstein: 3.4, quadClass: 1 });
    expect(cameoOf(o, '0612')?.code).toBe('061'); // an unknown code takes its parent's row
    expect(cameoOf(o, '190')).toMatchObject({ goldstein: -10, quadClass: 4 });
    expect(cameoOf(o, '112')?.quadClass).toBe(3);
    expect(cameoOf(o, '073')?.quadClass).toBe(2);
  });
  it('maps CAMEO to PLOVER with modes and contexts', () => {
    expect(ploverOf(o, '036')).toEqual({ plover: 'AGREE', mode: null, context: 'diplomatic' });
    expect(ploverOf(o, '042')?.mode).toBe('visit');
    expect(ploverOf(o, '0841')).toMatchObject({ plover: 'RETREAT', mode: 'release' });
    expect(ploverOf(o, '163')?.plover).toBe('SANCTION');
    expect(ploverOf(o, '020')?.plover).toBe('REQUEST');
    expect(ploverOf(o, '010')).toBeNull();
    expect(o.plover.size).toBe(16);
    expect(o.plover.get('ASSAULT')).toMatchObject({ quadClass: 4, baseScore: -9 });
  });
});
