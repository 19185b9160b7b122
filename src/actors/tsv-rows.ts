// The data rows of one of dyad's small TSV dictionaries (data/actors/*.tsv): blank lines, "#" comments
// and the header row are left out; each row comes with its cells and its line number, for errors.

export interface TsvRow {
  cells: string[];
  line: number;
}

export function* tsvRows(text: string): Generator<TsvRow> {
  let header = false;
  let line = 0;
  for (const row of text.split('\n')) {
    line++;
    if (!row || row.startsWith('#')) continue;
    if (!header) {
      header = true;
      continue;
    }
    yield { cells: row.split('\t'), line };
  }
}
