// The CAMEO and PLOVER tables (data/ontology/*.tsv) and what a CAMEO code means in each.

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  quadClass: number;
}

export interface PloverCoding {
  plover: string;
  mode: string | null;
  context: string | null;
}

export interface PloverType {
  type: string;
  quadClass: number;
  baseScore: number;
  modes: string[];
}

export interface Ontology {
  cameo: Map<string, CameoCode>;
  toPlover: Map<string, PloverCoding>;
  plover: Map<string, PloverType>;
  /** "TYPE mode" -> PLOVER score. */
  modeScore: Map<string, number>;
}

const rows = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));

export function parseOntology(files: { cameo: string; cameoPlover: string; plover: string; ploverModes: string }): Ontology {
  const cameo = new Map<string, CameoCode>();
  for (const [code, g, q, name] of rows(files.cameo)) cameo.set(code, { code, name, goldstein: Number(g), quadClass: Number(q) });
  const toPlover = new Map<string, PloverCoding>();
  for (const [code, plover, mode, context] of rows(files.cameoPlover)) {
    toPlover.set(code, { plover, mode: mode || null, context: context ? context.split(',')[0] : null });
  }
  const plover = new Map<string, PloverType>();
  for (const [type, q, score, , modes] of rows(files.plover)) {
    plover.set(type, { type, quadClass: Number(q), baseScore: Number(score), modes: modes ? modes.split(',') : [] });
  }
  const modeScore = new Map<string, number>();
  for (const [type, mode, score] of rows(files.ploverModes)) modeScore.set(`${type} ${mode}`, Number(score));
  return { cameo, toPlover, plover, modeScore };
}

/** The PLOVER coding of a CAMEO code: its own row, else its parent's. */
export function ploverOf(o: Ontology, code: string): PloverCoding | null {
  for (let n = code.length; n >= 2; n--) {
    const c = o.toPlover.get(code.slice(0, n));
    if (c) return c;
  }
  return null;
}

/** Goldstein score and CAMEO QuadClass of a code (its parent's when the code has no row). */
export function cameoOf(o: Ontology, code: string): CameoCode | null {
  for (let n = code.length; n >= 2; n--) {
    const c = o.cameo.get(code.slice(0, n));
    if (c) return c;
  }
  return null;
}
