// Sports reports: "beat", "defeated", "rallied" are results, not violence or protest. Articles written
// for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { loadSportWords, parseSportWords } from './sport.ts';

const pipeline = createPipeline(buildConfig({}));
const types = (text: string) => pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events').filter((e) => !e.negated).map((e) => e.plover);

const MATCH_REPORT = [
  'Spain beat Italy 3-1 in Turin on Saturday to reach the final of the tournament.',
  'The goalkeeper made two saves in the first half, and the home side’s halfback was booked for a foul.',
  'Italy rallied after the interval, but a late touchdown-style run by the winger sealed the game.',
  'In the doubles, the French pair defeated Germany in straight sets, and the referee stopped play twice.',
].join('\n\n');

const POLITICS = [
  'Russian forces attacked the Ukrainian city of Kharkiv on Tuesday, officials said.',
  'The governor, a former football coach, condemned the attack.',
].join('\n\n');

describe('sports reports', () => {
  it('reads WordNet’s words of sport by part of speech', () => {
    const w = loadSportWords();
    expect(w.nouns.has('inning')).toBe(true);
    expect(w.nouns.has('goalkeeper') || w.nouns.has('halfback')).toBe(true);
    expect(w.nouns.has('attack')).toBe(false);
    expect(parseSportWords('# c\nputt v\ninning n\n').verbs.has('putt')).toBe(true);
  });

  it('a match report codes no assault or protest', () => {
    const t = types(MATCH_REPORT);
    expect(t.filter((x) => x === 'ASSAULT' || x === 'PROTEST' || x === 'COERCE')).toEqual([]);
  });

  it('one word of sport does not make a politics report one', () => {
    expect(types(POLITICS)).toContain('ASSAULT');
  });
});
