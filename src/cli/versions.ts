// `dyad --version`: the package version and the versions of the data and models that shape its
// output, read from the files themselves (a few bytes each), so a result can be tied to what made it.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const data = (p: string) => fileURLToPath(new URL(`../../data/${p}`, import.meta.url));

function firstMatch(file: string, re: RegExp): string {
  try {
    return readFileSync(data(file), 'utf8').match(re)?.[1] ?? '?';
  } catch {
    return '?';
  }
}

/** The version in a model file's JSON header (magic word, length, header), without reading the weights. */
function modelVersion(file: string): string {
  try {
    const fd = openSync(data(file), 'r');
    try {
      const head = Buffer.alloc(8);
      readSync(fd, head, 0, 8, 0);
      const json = Buffer.alloc(head.readUInt32LE(4));
      readSync(fd, json, 0, json.length, 8);
      return String(JSON.parse(json.toString('utf8')).version);
    } finally {
      closeSync(fd);
    }
  } catch {
    return '?';
  }
}

export async function versionText(): Promise<string> {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
  const { DATA_VERSION } = await import('../actors/dictionary.ts');
  const parts = [
    `actors ${DATA_VERSION}`,
    `quote cues ${firstMatch('cues/cues.json', /"version":\s*"([^"]+)"/)}`,
    `verb patterns ${firstMatch('verbs/README.md', /^Version (\S+)/m)}`,
    `CAMEO/PLOVER ontology ${firstMatch('ontology/README.md', /^Version (\S+)/m)}`,
    `parser model ${modelVersion('syntax/model.bin')}`,
    `entity model ${firstMatch('ner/model.txt', /^dyad-ner-model (\S+)/)}`,
  ];
  return `dyad ${pkg.version}\n${parts.join(', ')}\nnode ${process.versions.node}\n`;
}
