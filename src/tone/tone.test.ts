import { describe, expect, it } from 'vitest';
import { tone } from './tone.ts';

describe('tone', () => {
  it('is the share of positive words minus that of negative words, in percent', () => {
    // 10 words: "killed" and "injured" negative, nothing positive
    expect(tone('Shelling killed four people and injured nine in the town.')).toBe(-20);
    // 10 words: "rebels" and "attacked" negative, "peace" positive
    expect(tone("Rebels attacked the convoy days after the army's peace offer.")).toBe(-10);
    // 8 words: "welcomed", "peace" positive
    expect(tone('The ministers welcomed the peace plan on Monday.')).toBe(25);
    expect(tone('The delegation arrived in Geneva on Tuesday.')).toBe(0);
  });

  it('has no tone without words', () => {
    expect(tone('')).toBeNull();
    expect(tone('2024 — 17:00')).toBeNull();
  });
});
