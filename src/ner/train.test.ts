import { describe, expect, it } from 'vitest';
import { createUnitTagger } from './engine.ts';
import { exampleOf, type ExampleStats, type GoldRecord } from './examples.ts';
import { parseGazetteer } from './gazetteer.ts';
import { parseModel, serializeModel } from './model.ts';
import { NAME_TYPES } from './tags.ts';
import { trainModel } from './train.ts';

const gaz = parseGazetteer('[title]\nMinister\n[country]\nKenya\nUganda\n', 'test');

/** A gold record from text with names marked as [name|TYPE]. */
function record(id: string, marked: string): GoldRecord {
  let text = '';
  const spans: [number, number, string][] = [];
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    const m = /^\[([^|]+)\|(\w+)\]$/.exec(part);
    if (m) {
      spans.push([text.length, text.length + m[1].length, m[2]]);
      text += m[1];
    } else text += part;
  }
  return { id, text, spans };
}

const corpus = [
  record('a', 'Minister [Achieng Otieno|PERSON] visited [Kenya|LOC] on Monday.\n\nShe met farmers from the [Rift Valley Growers Union|ORG] there.\n'),
  record('b', 'Farmers in [Uganda|LOC] asked Minister [Okot Lagu|PERSON] for seeds.\n\nThe [Gulu Farmers Union|ORG] said the rains were late.\n'),
  record('c', 'Minister [Wanjiru Kamau|PERSON] left [Uganda|LOC] after the talks.\n\nThe [Lira Traders Union|ORG] welcomed the plan.\n'),
];

describe('NER training', () => {
  it('labels gold spans on units and trains the same model twice', () => {
    const stats: ExampleStats = { spans: 0, used: 0, untagged: 0, misaligned: 0 };
    const examples = corpus.map((r) => exampleOf(r, stats));
    expect(stats).toEqual({ spans: 9, used: 9, untagged: 0, misaligned: 0 });
    const opts = { epochs: 5, minCount: 1, seed: 3 };
    const a = serializeModel(trainModel(examples, gaz, opts), {}, 100);
    const b = serializeModel(trainModel(examples, gaz, opts), {}, 100);
    expect(a).toBe(b);
    // The trained model reads back and tags a sentence shaped like its training data.
    const tag = createUnitTagger(parseModel(a, 'trained'), gaz);
    const test = exampleOf(record('d', 'Minister Atieno Odhiambo visited Kenya on Friday.\n'), stats);
    const found = tag(test.units).map(([s, e, t]) => `${test.units.form.slice(s, e).join(' ')}/${NAME_TYPES[t]}`);
    expect(found).toContain('Kenya/LOC');
    expect(found).toContain('Atieno Odhiambo/PERSON');
  });
});
