import { describe, expect, it } from 'vitest';
import { analyse, quoteWith, seen } from './test-helpers.ts';

describe('direct quotes', () => {
  it('attributes a quotation followed by its frame', () => {
    const doc = analyse('“The harbour will reopen next week,” Mayor Ilse Brandt said on Friday.');
    expect(quoteWith(doc, 'harbour')).toMatchObject({ kind: 'direct', text: '“The harbour will reopen next week,”', cue: 'said', speaker: 'Mayor Ilse Brandt' });
  });
  it('keeps several sentences in one quotation', () => {
    const doc = analyse('“We waited for years. Now the money is here. The work starts today,” the governor told reporters.');
    const q = quoteWith(doc, 'We waited');
    expect(q.text).toBe('“We waited for years. Now the money is here. The work starts today,”');
    expect(q).toMatchObject({ cue: 'told', speaker: 'the governor', addressee: 'reporters' });
  });
  it('joins a split quote into one, with both parts', () => {
    const doc = analyse('“The bridge is safe,” the engineer said, “but the road to it is not.”');
    const q = doc.get('quotes')[0];
    expect(doc.get('quotes')).toHaveLength(1);
    expect(q.parts?.map((p) => doc.slice(p))).toEqual(['“The bridge is safe,”', '“but the road to it is not.”']);
    expect(doc.slice(q.speaker!)).toBe('the engineer');
  });
  it('joins the quotation after "he said." in the same paragraph', () => {
    const doc = analyse('“We lost the vote,” Senator Paulo Reis said. “We will win the next one.”');
    expect(doc.get('quotes')).toHaveLength(1);
    expect(doc.get('quotes')[0].parts).toHaveLength(2);
  });
  it('reads a colon lead-in, in the paragraph and across it', () => {
    const doc = analyse('The minister told reporters: “Nobody will be left behind.”');
    expect(quoteWith(doc, 'Nobody')).toMatchObject({ kind: 'direct', cue: 'told', speaker: 'The minister', addressee: 'reporters' });
    const two = analyse('At the end of the session, Governor Ana Lund said:\n“The budget passes or the schools close.”');
    expect(quoteWith(two, 'budget passes')).toMatchObject({ speaker: 'Governor Ana Lund', cue: 'said' });
  });
  it('reads a colon lead-in with no verb of saying', () => {
    const doc = analyse('Analyst Rui Costa: “The port has lost a third of its traffic since the strike began.”');
    expect(quoteWith(doc, 'port has lost')).toMatchObject({ speaker: 'Analyst Rui Costa', cue: ':' });
    const two = analyse('The mayor then listed what the city needs:\n“Three new schools, a bridge and a clinic in every district.”');
    expect(quoteWith(two, 'Three new schools')).toMatchObject({ speaker: 'The mayor', cue: ':' });
  });
  it('keeps the speaker for a later quotation of the same paragraph with no frame', () => {
    const doc = analyse('“The vote is not the end,” the mayor said outside the hall. But “nobody in this city will forget what happened tonight.”');
    expect(quoteWith(doc, 'nobody in this city')).toMatchObject({ speaker: 'the mayor' });
  });
  it('reads a dash attribution', () => {
    const doc = analyse('“Every port in the region depends on this canal.” — Commissioner Hanna Moe');
    expect(quoteWith(doc, 'Every port')).toMatchObject({ kind: 'direct', speaker: 'Commissioner Hanna Moe', cue: '—' });
  });
  it('gives a floating paragraph of pure quotation the speaker of the quote before', () => {
    const doc = analyse('“The strike is over,” union leader Marta Silva said after the vote.\n“Our members will be back at work on Monday morning.”');
    expect(quoteWith(doc, 'Our members')).toMatchObject({ speaker: 'union leader Marta Silva', cue: 'said' });
  });
  it('joins paragraphs of one quotation left open by newsroom convention', () => {
    const doc = analyse('Governor Ana Lund said: “The first step is the budget.\n“The second step is the schools, and that will take longer than a year.”');
    const qs = doc.get('quotes');
    expect(qs).toHaveLength(1);
    expect(qs[0].parts?.map((p) => doc.slice(p))).toEqual(['“The first step is the budget.', '“The second step is the schools, and that will take longer than a year.”']);
  });
  it('makes a quoted fragment inside reported speech a mixed quote', () => {
    const doc = analyse('The senator said the plan was “dead on arrival” and would not pass the chamber.');
    const q = quoteWith(doc, 'dead on arrival');
    expect(q.kind).toBe('mixed');
    expect(q.text).toBe('the plan was “dead on arrival” and would not pass the chamber');
    expect(q.speaker).toBe('The senator');
  });
  it('extends a quoted fragment to the reported clause around it when the frame follows', () => {
    const doc = analyse('The rival camp will play the “experience card,” Senator Paulo Reis said on Sunday.');
    const q = quoteWith(doc, 'experience card');
    expect(q).toMatchObject({ kind: 'mixed', text: 'The rival camp will play the “experience card,”', speaker: 'Senator Paulo Reis' });
  });
  it('ends a quote where a second verb of saying in its frame opens another statement', () => {
    const doc = analyse('“The ferry will run all winter,” the harbour board said on Monday, adding that it “will not raise the fares.”');
    const first = quoteWith(doc, 'ferry will run');
    expect(first).toMatchObject({ kind: 'direct', text: '“The ferry will run all winter,”', cue: 'said', speaker: 'the harbour board' });
    const second = quoteWith(doc, 'raise the fares');
    expect(second.cue).toBe('adding');
    expect(second.speaker).toBe('the harbour board');
  });
  it('still joins a quotation split by a frame with one verb of saying', () => {
    const doc = analyse('“The ferry will run all winter,” the harbour board said on Monday, “and the fares stay as they are.”');
    expect(doc.get('quotes')).toHaveLength(1);
    expect(doc.get('quotes')[0].parts).toHaveLength(2);
  });
  it('ends a mixed quote at the quotation that closes its sentence', () => {
    const doc = analyse('The mayor\'s lawyer, Ivo Berg, said Holm was “looking for cheap attention.” He said Holm was bound by a contract that is “normal for every firm in the city.”');
    expect(quoteWith(doc, 'cheap attention')).toMatchObject({ kind: 'mixed', text: 'Holm was “looking for cheap attention.”', speaker: 'The mayor\'s lawyer' });
    expect(quoteWith(doc, 'bound by a contract')).toMatchObject({ kind: 'mixed', text: 'Holm was bound by a contract that is “normal for every firm in the city.”', cue: 'said', speaker: 'He' });
  });
  it('keeps a quotation with a frame of its own apart from the one before', () => {
    const doc = analyse('“The harbour is too small for the new ships,” said Ana Lund, head of the dockers union. “And nobody in the city wants to pay for a bigger one,” she said.');
    expect(doc.get('quotes')).toHaveLength(2);
    expect(quoteWith(doc, 'too small')).toMatchObject({ text: '“The harbour is too small for the new ships,”', speaker: 'Ana Lund' });
    expect(quoteWith(doc, 'nobody in the city')).toMatchObject({ text: '“And nobody in the city wants to pay for a bigger one,”', cue: 'said', speaker: 'she', actor: 'Ana Lund' });
  });
  it('reads a frame past a party label\'s point: "Rep. Ola Berg (D-Ore.) said"', () => {
    const doc = analyse('“There is a lot of energy in the races this year,” Rep. Ola Berg (D-Ore.) said.');
    expect(quoteWith(doc, 'lot of energy')).toMatchObject({ cue: 'said', speaker: 'Rep. Ola Berg' });
  });
  it('takes a name after its title in inverted order, and a quotation closing on an inner one', () => {
    const doc = analyse('“The crane kept swinging while the foreman shouted, \'Keep it moving,\' ” said former port executive Ana Lund during the debate.');
    expect(quoteWith(doc, 'crane kept swinging')).toMatchObject({ cue: 'said', speaker: 'former port executive Ana Lund', actor: 'Ana Lund' });
  });
  it('leaves short scare quotes with no speaker alone', () => {
    const doc = analyse('The so-called “reform” package reached the floor on Tuesday.');
    expect(seen(doc)).toEqual([]);
  });
});
