import { DyadError } from '../doc/errors.ts';
import type { EntityType } from '../doc/types.ts';

/** One role of an actor: country and sector, optionally a title and the days it held (from inclusive, to exclusive). */
export interface Role {
  country: string | null;
  sector: string | null;
  title: string | null;
  from: string | null;
  to: string | null;
}

export type EntryKind = 'country' | 'igo' | 'group' | 'person' | 'org' | 'place';

/** An actor as the dictionaries describe it. */
export interface ActorEntry {
  id: string;
  name: string;
  kind: EntryKind;
  type: EntityType;
  roles: Role[];
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** "file:line" where the entry was defined, for messages. */
  source: string;
}

/** What a surface form stands for when used as a name. */
export type SurfaceUse = 'name' | 'demonym' | 'capital' | 'seat' | 'combining';

/** One name of an entry, as matched in text. */
export interface Surface {
  entry: ActorEntry;
  use: SurfaceUse;
  /** The tokens of the surface form as written in the dictionary (case kept). */
  tokens: string[];
  /** Sector the form itself gives (a seat of government: GOV), or null. */
  sector: string | null;
  /** Lower priority loses when two entries share a form: user 0, curated 1, derived 2. */
  rank: number;
}

/** A generic agent word ("president", "troops"). */
export interface AgentDef {
  term: string;
  tokens: string[];
  sector: string;
  title: boolean;
  head: boolean;
  plural: boolean;
  gender: 'm' | 'f' | null;
  /** A narrower role family (foreign, defence), for "the foreign minister" -> who. */
  role: string | null;
}

/** A dictionary with a bad entry: the message is "FILE:LINE: problem". */
export class DictionaryError extends DyadError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super('DICTIONARY', `${file}:${line}: ${problem}`);
    this.name = 'DictionaryError';
  }
}
