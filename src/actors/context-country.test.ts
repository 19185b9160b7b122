import { describe, expect, it } from 'vitest';
import { readKinds } from './kinds.ts';
import { analyse, ent } from './test-helpers.ts';

describe('bodies named by their kind take the country the article is about', () => {
  it('reads the kinds file and refuses a bad row with its line', () => {
    expect([...readKinds('# note\nform\tsector\twordnet\nSupreme Court\tJUD\tn:1\n', 'k.tsv')]).toEqual([['supreme court', 'JUD']]);
    expect(() => readKinds('form\tsector\nsenate\tLEG\n', 'k.tsv')).toThrow(/k\.tsv:2/);
  });

  it('gives the Senate and the Supreme Court of a Kenyan story Kenya', () => {
    const doc = analyse('Budget row\n\nKenyan President William Ruto met Kenyan lawmakers in Nairobi. The Senate rejected the bill on Monday, and the Supreme Court will hear it. Kenya will wait.');
    expect(ent(doc, 'Senate').actor).toMatchObject({ country: 'KEN', sector: 'LEG' });
    expect(ent(doc, 'Supreme Court').actor).toMatchObject({ country: 'KEN', sector: 'JUD' });
    expect(ent(doc, 'Senate').how).toBe('context');
  });

  it('leaves them without a country when no state holds most of the names', () => {
    const doc = analyse('Talks\n\nKenya and Uganda sent envoys to Tanzania. The Supreme Court rejected the bill on Monday.');
    expect(ent(doc, 'Supreme Court').actor?.country ?? null).toBeNull();
  });
});

describe('a kind named in a story about the country the dictionary gives it', () => {
  it('keeps the US Senate in a US story', () => {
    const doc = analyse('Vote\n\nSenator Bernie Sanders of Vermont and Senator Ted Cruz spoke in Washington. The Senate voted on Monday.', '2016-03-01');
    expect(ent(doc, 'Senate').actor).toMatchObject({ country: 'USA' });
  });
});

describe('people the text gives no country', () => {
  it('take the country of a story set in one country, with their short names', () => {
    const doc = analyse('Budget row\n\nKenyan President William Ruto met Kenyan lawmakers in Nairobi. "We will not pay," said Amani Wekesa, who runs a bakery. Wekesa said Kenya should wait.');
    expect(ent(doc, 'Amani Wekesa').actor).toMatchObject({ country: 'KEN', sector: null });
    expect(ent(doc, 'Amani Wekesa').how).toBe('context');
    expect(ent(doc, 'Wekesa').actor?.country).toBe('KEN');
  });

  it('stay without one in a story about several countries', () => {
    const doc = analyse('Talks\n\nKenya and Uganda sent envoys to Tanzania. "We will not pay," said Amani Wekesa, who runs a bakery.');
    expect(ent(doc, 'Amani Wekesa').actor?.country ?? null).toBeNull();
  });
});
