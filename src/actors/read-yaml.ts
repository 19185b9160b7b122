import { LineCounter, parse, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { DictionaryError } from './types.ts';

/** One item of a YAML list, with the line it starts on and a way to find the line of each field. */
export interface RawItem {
  value: Record<string, unknown>;
  line: number;
  lineOf(key: string): number;
}

/**
 * Reads a YAML list quickly, without positions: items report line 0. Callers that hit a problem read
 * the file again with `readYamlList` to name the line (a fast path: the bundled files load in well
 * under a second).
 */
export function readYamlListFast(text: string): RawItem[] | null {
  let data: unknown;
  try {
    data = parse(text, { uniqueKeys: true });
  } catch {
    return null;
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data) || data.some((x) => !x || typeof x !== 'object' || Array.isArray(x))) return null;
  return (data as Record<string, unknown>[]).map((value) => ({ value, line: 0, lineOf: () => 0 }));
}

/** Reads a YAML file that must be a list of maps, keeping each item's line. Syntax errors name the file and line. */
export function readYamlList(text: string, file: string): RawItem[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lc.linePos(offset).line);
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new DictionaryError(file, lineAt(e.pos[0]), `YAML syntax: ${e.message.split('\n')[0]}`);
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new DictionaryError(file, lineAt(doc.contents.range?.[0]), 'the file must be a YAML list of entries ("- {id: ..., name: ...}")');
  const items: RawItem[] = [];
  for (const node of doc.contents.items as Node[]) {
    const line = lineAt(node?.range?.[0]);
    if (!isMap(node)) throw new DictionaryError(file, line, 'each entry must be a map of fields');
    const lines = new Map<string, number>();
    for (const pair of node.items) {
      const k = (pair.key as { value?: unknown } | null)?.value;
      if (typeof k === 'string') lines.set(k, lineAt((pair.value as Node | null)?.range?.[0] ?? (pair.key as Node).range?.[0]));
    }
    items.push({ value: node.toJSON() as Record<string, unknown>, line, lineOf: (k) => lines.get(k) ?? line });
  }
  return items;
}
