import { describe, expect, it } from 'vitest';
import type { ActorRef } from '../doc/types.ts';
import { flatten } from './flatten.ts';
import { makeArticle } from './test-articles.ts';

// An unknown senator as the actors stage gives him: the title carries USA LEG, the chain carries the full name.
const CALDER: ActorRef = { id: null, name: 'Rob Calder', country: 'USA', sector: 'LEG' };
const MAYA: ActorRef = { id: null, name: 'Maya Calder', country: null, sector: null };
const OTHER: ActorRef = { id: null, name: 'Ann Birch', country: 'USA', sector: 'LEG' };
const USA: ActorRef = { id: 'USA', name: 'United States', country: 'USA', sector: null };

describe('actor keys of unknown people (issue 13)', () => {
  const a = flatten(
    makeArticle({
      id: 'a',
      url: null,
      date: '2016-03-01',
      title: 'Senate',
      text: 'U.S. Senator Rob Calder criticised Senator Ann Birch on Monday. Calder said he would vote no.',
      entities: [
        ['Rob Calder', 'PERSON', CALDER],
        ['Ann Birch', 'PERSON', OTHER],
        ['Calder', 'PERSON', CALDER, 1],
      ],
      quotes: [{ text: 'he would vote no', speaker: 'Calder', actor: CALDER, cue: 'said' }],
      events: [{ source: ['Rob Calder', CALDER], target: ['Ann Birch', OTHER], trigger: 'criticised', plover: 'ACCUSE', cameo: '111', goldstein: -2, quadClass: 3 }],
    }),
  );

  it('keys a titled unknown person by the name, not by country and sector', () => {
    expect(a.mentions.map((m) => m.actor)).toEqual(['~rob calder', '~ann birch', '~rob calder']);
    expect(a.actors.get('~rob calder')).toMatchObject({ country: 'USA', sector: 'LEG' });
    expect(a.actors.has('USALEG')).toBe(false);
  });

  it('gives the quote and both sides of the event the people, not USALEG', () => {
    expect(a.quotes[0].speaker).toBe('~rob calder');
    expect(a.events[0].sources[0].actor).toBe('~rob calder');
    expect(a.events[0].targets[0].actor).toBe('~ann birch');
  });

  it('keeps two people who share a surname apart, and the same full name one key across articles', () => {
    const b = flatten(
      makeArticle({
        id: 'b',
        url: null,
        date: '2016-03-02',
        title: 'Visit',
        text: 'Maya Calder met Rob Calder in the United States.',
        entities: [
          ['Maya Calder', 'PERSON', MAYA],
          ['Rob Calder', 'PERSON', { ...CALDER, country: null, sector: null }],
          ['United States', 'LOC', USA],
        ],
      }),
    );
    expect(b.mentions.map((m) => m.actor)).toEqual(['~maya calder', '~rob calder', 'USA']);
  });
});
