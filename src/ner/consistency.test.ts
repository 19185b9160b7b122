import { describe, expect, it } from 'vitest';
import { harmonise } from './consistency.ts';
import type { UnitSpan } from './engine.ts';
import type { Units } from './units.ts';

/** Units from sentences written as space-separated words (offsets are not used by harmonise). */
function unitsOf(...sentences: string[]): Units {
  const u: Units = { start: [], end: [], form: [], pos: [], sentStart: [], sentEnd: [] };
  for (const s of sentences) {
    u.sentStart.push(u.form.length);
    for (const w of s.split(' ')) {
      u.start.push(0);
      u.end.push(0);
      u.form.push(w);
      u.pos.push('X');
    }
    u.sentEnd.push(u.form.length);
  }
  return u;
}
const PERSON = 0;
const ORG = 1;
const LOC = 2;
const show = (u: Units, spans: UnitSpan[]) => spans.map(([a, b, t]) => `${u.form.slice(a, b).join(' ')}/${t}`);

describe('harmonise', () => {
  it('finds a surname alone after the full name', () => {
    const u = unitsOf('Baraka Ndikumana spoke .', 'Later , Ndikumana left .');
    expect(show(u, harmonise(u, [[0, 2, PERSON, 5]]))).toEqual(['Baraka Ndikumana/0', 'Ndikumana/0']);
  });

  it('gives repeated names the type with the larger summed margin', () => {
    const u = unitsOf('Gitega is calm .', 'In Gitega , police waited .', 'Gitega voted .');
    const out = harmonise(u, [[0, 1, LOC, 4], [5, 6, ORG, 1], [10, 11, LOC, 2]]);
    expect(out.map((s) => s[2])).toEqual([LOC, LOC, LOC]);
  });

  it('does not tag a name inside a longer capitalised run', () => {
    const u = unitsOf('Amina Keita spoke .', 'They met on Keita Street .');
    expect(show(u, harmonise(u, [[0, 2, PERSON, 5]]))).toEqual(['Amina Keita/0']);
  });

  it('tags an untagged repeat of an organisation', () => {
    const u = unitsOf('The Rumonge Farmers Union met .', 'Rumonge Farmers Union said no .');
    expect(show(u, harmonise(u, [[1, 4, ORG, 3]]))).toEqual(['Rumonge Farmers Union/1', 'Rumonge Farmers Union/1']);
  });
});
