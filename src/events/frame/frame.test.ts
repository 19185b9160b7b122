import { describe, expect, it } from 'vitest';
import { frameOf } from './index.ts';
import { parse } from './test-parse.ts';

describe('frameOf', () => {
  it('reads a planned attack inside an accusation: doer through control, future, claimed by the accuser', () => {
    const p = parse(`
      1 Kyiv Kyiv PROPN 2 nsubj
      2 accused accuse VERB 0 root
      3 Moscow Moscow PROPN 2 obj
      4 of of SCONJ 5 mark
      5 planning plan VERB 2 advcl
      6 to to PART 7 mark
      7 attack attack VERB 5 xcomp
      8 Odesa Odesa PROPN 7 obj`);
    const f = frameOf(p.tokens, p.deps, p.at('attack'));
    expect(f.predicate).toEqual({ ok: true, reason: 'clause' });
    expect(f.args.subject.map((a) => [p.tokens[a.head].text, a.path])).toEqual([['Moscow', 'xcomp^>advcl^>obj']]);
    expect(f.args.object.map((a) => p.tokens[a.head].text)).toEqual(['Odesa']);
    expect(f.mode).toMatchObject({ mode: 'future', cue: p.at('planning'), path: 'xcomp^' });
    expect(f.embedding).toMatchObject({ governor: p.at('accused'), kind: 'accusation', path: 'xcomp^>advcl^' });
    expect(f.embedding!.claimant.map((a) => p.tokens[a.head].text)).toEqual(['Kyiv']);
  });

  it('reads sentences split by a blank line with global indices', () => {
    const p = parse(`
      1 Talks talk NOUN 2 nsubj
      2 ended end VERB 0 root

      1 Iran Iran PROPN 2 nsubj
      2 left leave VERB 0 root`);
    expect(p.deps.map((d) => d.head)).toEqual([1, -1, 3, -1]);
    expect(frameOf(p.tokens, p.deps, 3).args.subject.map((a) => a.head)).toEqual([2]);
  });
});

describe('malformed input', () => {
  it('ends on a cycle in the heads instead of looping', () => {
    const p = parse(`
      1 Iran Iran PROPN 2 nsubj
      2 attacked attack VERB 3 conj
      3 ships ship NOUN 2 conj`);
    const f = frameOf(p.tokens, p.deps, 1);
    expect(f.args.subject.map((a) => a.head)).toEqual([0]);
  });
});
