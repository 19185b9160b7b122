import type { RawItem } from './read-yaml.ts';
import { DictionaryError } from './types.ts';

/** Columns that hold lists: names separated by " | ", roles by "; ". */
const LISTS = new Set(['aliases', 'demonyms', 'seats', 'combining', 'terms', 'plurals']);
const BOOLS = new Set(['plural', 'title', 'head']);

/**
 * Reads a TSV dictionary into the same items a YAML file gives. Lines starting with "#" are comments;
 * the first other line names the columns; each further line is one entry. An empty cell is a field
 * left out. Errors name the file and line.
 */
export function readTsvList(text: string, file: string): RawItem[] {
  const items: RawItem[] = [];
  let header: string[] | null = null;
  let line = 0;
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let row = text.slice(at, nl);
    at = nl + 1;
    line++;
    if (row.endsWith('\r')) row = row.slice(0, -1);
    if (!row.trim() || row.charCodeAt(0) === 35) continue;
    const cells = row.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      if (header.some((c) => !/^[a-z]+$/.test(c))) throw new DictionaryError(file, line, 'the first line that is not a comment must name the columns (id, name, aliases, ...), separated by tabs');
      continue;
    }
    if (cells.length > header.length) throw new DictionaryError(file, line, `${cells.length} cells, but the header names ${header.length} columns`);
    const value: Record<string, unknown> = {};
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k].trim();
      if (!cell) continue;
      const col = header[k];
      if (col === 'roles') value.roles = cell.split(';').map((r) => r.trim()).filter(Boolean);
      else if (LISTS.has(col)) value[col] = cell.split('|').map((r) => r.trim());
      else if (BOOLS.has(col)) {
        if (cell !== 'true' && cell !== 'false') throw new DictionaryError(file, line, `${col} must be true or false, not "${cell}"`);
        value[col] = cell === 'true';
      } else value[col] = cell;
    }
    const n = line;
    items.push({ value, line: n, lineOf: () => n });
  }
  return items;
}
