import { describe, expect, it } from 'vitest';
import { analyse, ent, mention } from './test-helpers.ts';

const HEAD = 'Leaders meet\n\n';

describe('coreference', () => {
  it('gives a surname the actor of the full name before it', () => {
    const doc = analyse(`${HEAD}Vladimir Putin spoke first. Later Putin took questions.`);
    expect(ent(doc, 'Putin').actor).toMatchObject({ id: 'vladimir-putin', country: 'RUS', sector: 'GOV' });
    const unknown = analyse(`${HEAD}Kenyan President Amani Wekesa spoke. Wekesa then left for Kampala.`);
    const short = ent(unknown, 'Wekesa');
    expect(short).toMatchObject({ type: 'PERSON', how: 'alias' });
    expect(short.actor).toMatchObject({ name: 'Amani Wekesa', country: 'KEN', sector: 'GOV' });
  });

  it('resolves "the Russian leader" and "the president" to the nearest fitting person', () => {
    const doc = analyse(`${HEAD}Recep Tayyip Erdogan met Vladimir Putin in Sochi. The Russian leader praised the talks, and the president of Turkey agreed.`);
    const leader = mention(doc, 'The Russian leader');
    expect(leader.actor?.id).toBe('vladimir-putin');
    expect(leader.how).toBe('coreference');
    expect(doc.get('entities')[leader.antecedent!].actor?.id).toBe('vladimir-putin');
  });

  it('resolves "the minister" to a minister, not to a president nearer to it', () => {
    const doc = analyse(`${HEAD}Hakan Fidan flew to Moscow, where Vladimir Putin received him. The minister later met students.`);
    expect(mention(doc, 'The minister').actor?.id).toBe('hakan-fidan');
  });

  it('resolves "the president" using the role held on the article date', () => {
    const text = `${HEAD}Donald Trump and Joe Biden both spoke at the event. The president spoke last.`;
    expect(mention(analyse(text, '2023-03-01'), 'The president').actor?.id).toBe('joe-biden');
    expect(mention(analyse(text, '2025-03-01'), 'The president').actor?.id).toBe('donald-trump');
  });

  it('gives "he" the subject of the last sentence when two men are in play', () => {
    const doc = analyse(`${HEAD}Vladimir Putin met Recep Tayyip Erdogan in Ankara. He said the talks were useful.`);
    const he = mention(doc, 'He');
    expect(he.actor?.id).toBe('vladimir-putin');
    expect(he.how).toBe('coreference');
  });

  it('prefers the speaker for "he" when the speaker is not the first name', () => {
    const doc = analyse(`${HEAD}After meeting Recep Tayyip Erdogan, Putin told reporters that he was satisfied.`);
    expect(mention(doc, 'he').actor?.id).toBe('vladimir-putin');
  });

  it('gives "she" to a woman even when a man is nearer', () => {
    const doc = analyse(`${HEAD}Kaja Kallas spoke with Sergei Lavrov by phone. She called the talks frank.`);
    expect(mention(doc, 'She').actor?.id).toBe('kaja-kallas');
  });

  it('gives "they" to a group or a plural nominal', () => {
    const doc = analyse(`${HEAD}The Houthis fired missiles at ships. They said the attacks would go on.`);
    expect(mention(doc, 'They').actor?.id).toBe('houthis');
    const troops = analyse(`${HEAD}Afghan troops entered the town. They met no resistance.`);
    expect(mention(troops, 'They').actor).toMatchObject({ country: 'AFG', sector: 'MIL' });
  });
});
