import { describe, expect, it } from 'vitest';
import { checkOrder } from './check.ts';

const stage = (name: string, reads: string[], writes: string[]) => ({ name, reads, writes }) as never;

describe('stage order check', () => {
  it('accepts stages whose reads were written earlier', () => {
    expect(checkOrder([stage('nlp', ['blocks'], ['sentences', 'tokens']), stage('actors', ['tokens'], ['entities'])])).toEqual([]);
  });
  it('names a stage that reads a layer no earlier stage writes', () => {
    const problems = checkOrder([stage('quotes', ['entities'], ['quotes']), stage('actors', ['tokens'], ['entities'])]);
    expect(problems.join()).toMatch(/'quotes' reads 'entities'/);
    expect(problems.join()).toMatch(/'actors' reads 'tokens'/);
  });
  it('names a stage listed twice', () => {
    expect(checkOrder([stage('nlp', [], []), stage('nlp', [], [])])).toEqual(["stage 'nlp' appears twice"]);
  });
});
