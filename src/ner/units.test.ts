import { describe, expect, it } from 'vitest';
import { docOfText } from './examples.ts';
import { unitsOf } from './units.ts';

const forms = (text: string) => unitsOf(docOfText('t', text)).form;

describe('NER units', () => {
  it('splits hyphenated forms with a capitalised part', () => {
    expect(forms('The pro-Lusaka camp backed the UN-led plan.\n')).toEqual(['The', 'pro', '-', 'Lusaka', 'camp', 'backed', 'the', 'UN', '-', 'led', 'plan', '.']);
  });

  it('splits a currency prefix and the full stop of an abbreviation that ends a sentence', () => {
    const u = forms('The grant of US$40 million came from the U.S.\n');
    expect(u).toContain('US');
    expect(u.slice(-3)).toEqual(['the', 'U.S', '.']);
  });

  it('keeps unit offsets pointing at their text', () => {
    const text = 'Aid to Tonga’s islands rose.\n';
    const u = unitsOf(docOfText('t', text));
    u.form.forEach((f, i) => expect(text.slice(u.start[i], u.end[i])).toBe(f));
    expect(u.form).toContain('Tonga');
  });
});
