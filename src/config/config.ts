/** Settings as a user may write them (file or flags): every field optional. */
export interface WrittenConfig {
  maxBytes?: number;
  actorFiles?: string[];
  disable?: string[];
  today?: string;
}

/** Settings as the code uses them, after defaults. Built once, never changed. */
export interface Config {
  /** Records larger than this many bytes are rejected (default 10 MB). */
  readonly maxBytes: number;
  /** User actor dictionaries that add to or override the bundled ones (--actors). */
  readonly actorFiles: readonly string[];
  /** Stage names turned off. */
  readonly disable: readonly string[];
  /** The date used when neither the record nor the article gives one (ISO day). */
  readonly today: string;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function buildConfig(written: WrittenConfig = {}): Config {
  return Object.freeze({
    maxBytes: written.maxBytes ?? DEFAULT_MAX_BYTES,
    actorFiles: Object.freeze([...(written.actorFiles ?? [])]),
    disable: Object.freeze([...(written.disable ?? [])]),
    today: written.today ?? new Date().toISOString().slice(0, 10),
  });
}
