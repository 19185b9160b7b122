import type { ArticleMeta, Layers, LayerName, Span } from './types.ts';

export type InputKind = 'text' | 'html';

/**
 * One article as it flows through the stages. `text` is fixed at construction: for text input it is
 * the input exactly as given; for HTML it is the extracted article text. Stages add layers.
 */
export class Doc {
  readonly id: string;
  readonly text: string;
  readonly kind: InputKind;
  /** The date given with the record (ISO day): it decides date-bounded roles first. */
  readonly recordDate: string | null;
  meta: ArticleMeta;
  readonly layers: Partial<Layers> = {};
  /** Who made each layer: "quotes@2" plus the data version it used. */
  readonly provenance: Partial<Record<LayerName, string>> = {};

  constructor(init: { id: string; text: string; kind?: InputKind; date?: string | null; meta?: Partial<ArticleMeta> }) {
    this.id = init.id;
    this.text = init.text;
    this.kind = init.kind ?? 'text';
    this.recordDate = init.date ?? null;
    this.meta = { title: null, date: null, byline: null, dateline: null, language: null, url: null, related: [], ...init.meta };
  }

  /** A layer that an earlier stage must have written. */
  get<K extends keyof Layers>(name: K): Layers[K] {
    const layer = this.layers[name];
    if (!layer) throw new Error(`layer '${name}' has not been written by any stage`);
    return layer as Layers[K];
  }

  has(name: keyof Layers): boolean {
    return this.layers[name] !== undefined;
  }

  set<K extends keyof Layers>(name: K, value: Layers[K], by?: string): void {
    this.layers[name] = value;
    if (by) this.provenance[name] = by;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /**
   * The record's date, else the article's own (metadata, URL, dateline), else null: when the text was
   * written, if anything says. The day it was ingested is no such date.
   */
  knownDate(): string | null {
    return this.recordDate ?? (this.meta.dateSource === 'ingest' ? null : this.meta.date ?? null);
  }

  /** The date that decides who held which role: the record's, then the article's, then today. */
  effectiveDate(): string {
    return this.recordDate ?? this.meta.date ?? new Date().toISOString().slice(0, 10);
  }

  /** Body paragraphs (blocks with role 'body'), in order. */
  bodyBlocks() {
    return (this.layers.blocks ?? []).filter((b) => b.role === 'body');
  }
}
