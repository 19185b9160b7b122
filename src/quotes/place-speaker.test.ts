import { describe, expect, it } from 'vitest';
import { analyse, seen } from './test-helpers.ts';

// A place or an occasion in a prepositional phrase is never the speaker: it gives way to the cue's
// subject. Sentences written for these tests.

describe('a prepositional-phrase place as speaker', () => {
  const cases = [
    'Senator Ola Lind, speaking at a rally in Dunmore, warned that the ferry tax would rise.',
    'Ola Lind, who once served in Tromsø, warned that the ferry tax would rise.',
    'Mayor Ola Lind has been pushing for Dunmore to keep the ferry, arguing that the tax would hurt fishermen.',
  ];
  for (const text of cases) {
    it(`gives way to the agent: ${text}`, () => {
      const qs = seen(analyse(text)).filter((q) => q.text.includes('tax'));
      expect(qs).toHaveLength(1);
      expect(qs[0].speaker).toMatch(/Lind/);
    });
  }
  it('a phrase inside the speaker\'s own noun phrase stays: "A fisherman from Dunmore told reporters"', () => {
    const qs = seen(analyse('A fisherman from Dunmore told reporters that the ferry tax would rise.'));
    expect(qs[0].speaker).toBe('A fisherman from Dunmore');
  });
  it('the preposition of a phrase cue introduces the speaker: "according to the harbour board"', () => {
    const qs = seen(analyse('The ferry tax will rise next year, according to the harbour board.'));
    expect(qs[0].speaker).toBe('the harbour board');
  });
});
