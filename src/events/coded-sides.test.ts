// Sides of an event: a kind of actor ("the police", "rebels", "Judge X") takes its role, placed by a
// country where its phrase names one; an event needs a state or a known organisation on one side, as
// CAMEO coding does. Sentences written for dyad.
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../config/config.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import type { EventActor } from '../doc/types.ts';

const pipeline = createPipeline(buildConfig({}));
const all = (text: string) => pipeline.analyze({ id: 't', text, date: '2024-06-20' }).get('events');
const events = (text: string) => all(text).filter((e) => !e.negated);
const side = (text: string, xs: readonly EventActor[]) => xs.map((a) => `${text.slice(a.start, a.end)}[${a.country ?? ''}/${a.sector ?? ''}]`).join('+');
const sides = (text: string) => events(text).map((e) => `${e.plover} ${side(text, e.source)} -> ${side(text, e.target)}`);

describe('coded sides', () => {
  it('codes no event when no side is a state or a known organisation', () => {
    // each of these was coded before (as intended or wished) with a bare name or pronoun as the only side
    expect(all('After a long interview with detectives, Dalton admitted to threatening the boy and hiding him in a shed.')).toEqual([]);
    expect(all('Acme Motors says it will offer a cheaper model next year.')).toEqual([]);
    expect(all('Because Morrow suspected mould, he told the tenant to remove the carpet from the flat.')).toEqual([]);
    // kinds alone say who acted, not where: a police blotter is no event between states
    expect(all('Police arrested six people on Monday during a drug investigation.')).toEqual([]);
  });

  it('gives a kind of actor its role instead of leaving it empty or to a place', () => {
    expect(sides('Rebels attacked Syrian troops near the border on Tuesday.')).toEqual(['ASSAULT Rebels[/REB] -> Syrian troops[SYR/MIL]']);
    expect(sides('Judge Maria Ortiz ordered the arrest of Bolivian officials.')).toEqual(['COERCE Maria Ortiz[/JUD] -> Bolivian officials[BOL/GOV]']);
  });

  it('places a kind by the country its phrase names', () => {
    expect(sides('Security forces in Peru detained the mayor of Lima.')[0]).toMatch(/^COERCE Security forces in Peru\[PER\/MIL\] -> /);
    expect(sides('The army fired on protesters in Mali.')).toEqual(['ASSAULT The army[/MIL] -> protesters in Mali[MLI/OPP]']);
    // a country that is a party in its own right does not place the kind: "attacks by Russia"
    expect(sides('Aid workers fleeing attacks by Russia reached Poland.').join(' ')).not.toMatch(/Aid workers\[RUS/);
  });

  it('keeps a possessed kind ("its troops") and a modifier ("military aid") out of the sides', () => {
    expect(sides('Its troops attacked Iraqi positions.').join(' ')).not.toMatch(/troops\[/);
    expect(sides('Germany sent military aid to Ukraine.').join(' ')).not.toMatch(/military\[/);
  });
});
