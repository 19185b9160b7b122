// The tag set: BILOU (Begin, Inside, Last, Unit) over the name types, plus O for no name.

export const NAME_TYPES = ['PERSON', 'ORG', 'LOC', 'NORP', 'MISC'] as const;
export type TrainedType = (typeof NAME_TYPES)[number];

const PARTS = ['B', 'I', 'L', 'U'] as const;

/** All tags, O first: O, B-PERSON, I-PERSON, L-PERSON, U-PERSON, B-ORG, ... */
export const TAGS: readonly string[] = ['O', ...NAME_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const N_TAGS = TAGS.length;

export const tagOf = (part: 'B' | 'I' | 'L' | 'U', type: number): number => 1 + type * 4 + PARTS.indexOf(part);
const partOf = (tag: number): string => (tag === 0 ? 'O' : PARTS[(tag - 1) % 4]);
const typeOf = (tag: number): number => (tag === 0 ? -1 : Math.floor((tag - 1) / 4));

/**
 * Whether tag `b` may follow tag `a` (a = -1 for the sentence start); BILOU rules: after B or I comes
 * I or L of the same type; after O, L or U comes O, B or U.
 */
export function allowed(a: number, b: number): boolean {
  const pa = a < 0 ? 'O' : partOf(a);
  const pb = partOf(b);
  if (pa === 'B' || pa === 'I') return (pb === 'I' || pb === 'L') && typeOf(a) === typeOf(b);
  return pb === 'O' || pb === 'B' || pb === 'U';
}

/** Whether a sentence may end on tag `a`. */
export const mayEnd = (a: number): boolean => {
  const p = partOf(a);
  return p === 'O' || p === 'L' || p === 'U';
};

/** Spans [firstUnit, lastUnit + 1, typeIndex] read from a valid tag sequence. */
export function spansOf(tags: ArrayLike<number>, from = 0, to = tags.length): [number, number, number][] {
  const out: [number, number, number][] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const p = partOf(tags[i]);
    if (p === 'U') out.push([i, i + 1, typeOf(tags[i])]);
    else if (p === 'B') open = i;
    else if (p === 'L' && open >= 0) {
      out.push([open, i + 1, typeOf(tags[i])]);
      open = -1;
    }
  }
  return out;
}
