import { describe, expect, it } from 'vitest';
import { isProjective, parseConllu } from './conllu.ts';
import { LEFT, moveCosts, RIGHT, SHIFT, State } from './state.ts';

// A tree of our own: "Rebels seized the town on Monday ." with the UD attachment of each word.
const SAMPLE = `# sent_id = own-1
# text = Rebels seized the town on Monday.
1\tRebels\trebel\tNOUN\t_\t_\t2\tnsubj\t_\t_
2\tseized\tseize\tVERB\t_\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_
4\ttown\ttown\tNOUN\t_\t_\t2\tobj\t_\t_
5\ton\ton\tADP\t_\t_\t6\tcase\t_\t_
6\tMonday\tMonday\tPROPN\t_\t_\t2\tobl\t_\t_
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tSpaceAfter=No
`;

function followOracle(gold: Int32Array): Int32Array {
  const n = gold.length;
  const s = new State().reset(n);
  const costs = new Int32Array(3);
  while (!s.done()) {
    moveCosts(s, gold, costs);
    const m = [SHIFT, LEFT, RIGHT].find((x) => s.canDo(x) && costs[x] === 0);
    expect(m, 'a zero-cost move exists in a projective tree').toBeDefined();
    s.apply(m!);
  }
  return s.heads.slice(0, n);
}

describe('arc-hybrid system and dynamic oracle', () => {
  it('reads CoNLL-U with word offsets into the text', () => {
    const [s] = parseConllu(SAMPLE);
    expect(s.words.map((w) => w.head)).toEqual([1, -1, 3, 1, 5, 1, 1]);
    expect(s.words[6].start).toBe(s.text.length - 1);
  });

  it('zero-cost moves rebuild the gold tree exactly', () => {
    const [s] = parseConllu(SAMPLE);
    const n = s.words.length;
    const gold = Int32Array.from(s.words, (w) => (w.head < 0 ? n : w.head));
    expect(Array.from(followOracle(gold))).toEqual(Array.from(gold));
  });

  it('a wrong move costs what it makes unreachable', () => {
    // heads: 0 <- 1 (root) -> 2 ; shifting "seized" before reducing "Rebels" onto it loses Rebels' head
    const gold = Int32Array.from([1, 3, 1]);
    const s = new State().reset(3);
    const costs = new Int32Array(3);
    s.apply(SHIFT); // stack: root Rebels
    moveCosts(s, gold, costs);
    expect(costs[LEFT]).toBe(0); // Rebels <- seized
    // shifting "seized" over "Rebels" loses two arcs: Rebels can no longer take it as head, and it can
    // no longer reach the root under Rebels
    expect(costs[SHIFT]).toBe(2);
  });

  it('the root takes one dependent, last', () => {
    const s = new State().reset(2);
    s.apply(SHIFT);
    expect(s.canDo(RIGHT)).toBe(false);
    s.apply(SHIFT);
    expect(s.canDo(RIGHT)).toBe(true);
  });

  it('tells crossing arcs apart', () => {
    expect(isProjective([1, -1, 1])).toBe(true);
    // 0 -> 2, 1 -> 3: arcs cross
    expect(isProjective([-1, 3, 0, 0])).toBe(false);
  });
});
