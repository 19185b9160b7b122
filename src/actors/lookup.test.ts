import { describe, expect, it } from 'vitest';
import { actorAt, pronounCompatible, pronounInfo } from './lookup.ts';
import { analyse } from './test-helpers.ts';

describe('lookup helpers', () => {
  it('finds the actor of the entity or mention covering a span', () => {
    const text = 'Talks\n\nVladimir Putin met Afghan officials. He praised them.';
    const doc = analyse(text);
    const at = (s: string) => {
      const i = doc.text.indexOf(s);
      return actorAt(doc, { start: i, end: i + s.length });
    };
    expect(at('Putin')?.id).toBe('vladimir-putin');
    expect(at('He')?.id).toBe('vladimir-putin');
    expect(at('Afghan officials')).toMatchObject({ country: 'AFG', sector: 'GOV' });
    expect(at('praised')).toBeNull();
  });

  it('checks pronouns against entities by number and gender', () => {
    expect(pronounInfo('Their')).toEqual({ gender: null, plural: true });
    expect(pronounInfo('table')).toBeNull();
    expect(pronounCompatible('he', { type: 'PERSON', gender: 'm' })).toBe(true);
    expect(pronounCompatible('she', { type: 'PERSON', gender: 'm' })).toBe(false);
    expect(pronounCompatible('she', { type: 'PERSON', gender: null })).toBe(true);
    expect(pronounCompatible('they', { type: 'ORG', gender: null })).toBe(true);
    expect(pronounCompatible('he', { type: 'ORG', gender: null })).toBe(false);
  });
});
