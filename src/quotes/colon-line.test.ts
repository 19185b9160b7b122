import { describe, expect, it } from 'vitest';
import { analyse, seen } from './test-helpers.ts';

// "Name: statement" lines: the headline and transcript conventions. Sentences written for these tests.

describe('a line that opens with a name and a colon', () => {
  it('a headline reports the words after the colon, speaker and actor from the body', () => {
    const doc = analyse('Governor Ana Lund said on Monday she would veto the ferry bill.', 'Lund: I will not sign the ferry bill');
    const q = seen(doc).find((x) => x.cue === ':');
    expect(q).toMatchObject({ kind: 'indirect', text: 'I will not sign the ferry bill', speaker: 'Lund', actor: 'Ana Lund' });
  });
  it('a transcript line in the body is the named person speaking', () => {
    const doc = analyse('Governor Ana Lund spoke to the harbour board on Monday.\nLUND: The ferry bill is a tax on fishermen and I will not sign it.');
    const q = seen(doc).find((x) => x.cue === ':');
    expect(q).toMatchObject({ text: 'The ferry bill is a tax on fishermen and I will not sign it', speaker: 'LUND', actor: 'Ana Lund' });
  });
  it('a rubric or a name the article never gives is no speaker', () => {
    const a = analyse('Governor Ana Lund said on Monday she would veto the ferry bill.', 'Analysis: The ferry bill has little chance in the senate');
    expect(seen(a).filter((x) => x.cue === ':')).toEqual([]);
    const b = analyse('The harbour board met on Monday to discuss the ferry bill.\nUpdate: The meeting has been moved to Friday morning.');
    expect(seen(b).filter((x) => x.cue === ':')).toEqual([]);
  });
  it('leaves a colon before a quotation to the direct rules', () => {
    const doc = analyse('Governor Ana Lund spoke on Monday.\nLund: “The ferry bill is a tax on fishermen.”');
    expect(seen(doc).filter((x) => x.text.includes('ferry bill'))).toHaveLength(1);
  });
});
