import { describe, expect, it } from 'vitest';
import { buildDictionary, readDictionaryFile } from './dictionary.ts';
import { DictionaryError } from './types.ts';
import { analyse, ent, tempFile } from './test-helpers.ts';

describe('dictionaries', () => {
  it('loads the bundled files with every UN member and the main bodies', () => {
    const d = buildDictionary();
    expect(d.countries.size).toBeGreaterThanOrEqual(195);
    for (const id of ['USA', 'RUS', 'TUR', 'AFG', 'VAT', 'PSE', 'SSD', 'TUV']) expect(d.countries.has(id)).toBe(true);
    for (const id of ['un', 'sco', 'eu', 'nato', 'au', 'asean', 'brics', 'opec', 'icc', 'iaea', 'union-state']) expect(d.entries.has(id)).toBe(true);
  });

  it('names the file, line and problem of a bad entry', () => {
    const yaml = ['- {id: ok-one, name: Ok One, kind: person}', '- id: bad', '  name: Bad Entry', '  kind: person', '  roles: ["Russia GOV"]'].join('\n');
    const err = (() => {
      try {
        readDictionaryFile('my.yaml', yaml, null);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DictionaryError);
    expect((err as DictionaryError).message).toMatch(/^my\.yaml:5: country "Russia" is not a three-letter/);
    expect(() => readDictionaryFile('x.yaml', '- {id: a, name: A, kind: person, colour: red}', null)).toThrow(/x\.yaml:1: unknown field 'colour'/);
    expect(() => readDictionaryFile('x.yaml', '- {id: a, name: A', null)).toThrow(/x\.yaml:1: YAML syntax/);
    expect(() => readDictionaryFile('x.yaml', '- {id: a, name: A, kind: person}\n- {id: a, name: B, kind: person}', null)).toThrow(/x\.yaml:2: id "a" is already used on line 1/);
    expect(() => readDictionaryFile('p.tsv', 'id\tname\tgender\nz\tZed\tx', 'person')).toThrow(/p\.tsv:2: gender must be m or f/);
    expect(() => buildDictionary([tempFile('bad.yaml', '- {id: a, name: A, kind: person, gender: q}')])).toThrow(/bad\.yaml:1: gender/);
    expect(() => buildDictionary(['/nonexistent/actors.yaml'])).toThrow(/cannot be read/);
  });

  it('lets a user file add actors and override bundled ones', () => {
    const file = tempFile(
      'mine.yaml',
      [
        '- id: amani-wekesa',
        '  kind: person',
        '  name: Amani Wekesa',
        '  gender: f',
        '  aliases: [Wekesa]',
        '  roles: ["KEN GOV governor 2022-08-25.."]',
        '- {id: taliban, kind: group, name: Taliban, plural: true, roles: ["AFG REB"]}',
        '- {kind: agent, terms: [herder], sector: AGR}',
      ].join('\n'),
    );
    const doc = analyse('News\n\nWekesa met the Taliban and herders in Nairobi.', '2024-01-01', [file]);
    expect(ent(doc, 'Wekesa').actor).toMatchObject({ id: 'amani-wekesa', country: 'KEN', sector: 'GOV' });
    expect(ent(doc, 'Taliban').actor).toMatchObject({ sector: 'REB' });
    expect(doc.get('mentions').find((m) => doc.slice(m) === 'herders')?.actor?.sector).toBe('AGR');
  });
});
