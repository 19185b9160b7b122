import type { LayerName } from '../doc/types.ts';
import type { Stage } from './stage.ts';

/** What the article stage writes before any other stage runs. */
export const ARTICLE_WRITES: LayerName[] = ['text', 'meta', 'blocks', 'dropped', 'sections'];

/**
 * Checks, once at start-up, that every layer a stage reads was written by an earlier stage.
 * Returns the problems as sentences; an empty list means the order is sound.
 */
export function checkOrder(stages: Pick<Stage, 'name' | 'reads' | 'writes'>[], initial: LayerName[] = ARTICLE_WRITES): string[] {
  const written = new Map<LayerName, string>(initial.map((l) => [l, 'article']));
  const problems: string[] = [];
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) problems.push(`stage '${stage.name}' appears twice`);
    names.add(stage.name);
    for (const layer of stage.reads) {
      if (!written.has(layer)) problems.push(`stage '${stage.name}' reads '${layer}', which no earlier stage writes`);
    }
    for (const layer of stage.writes) written.set(layer, stage.name);
  }
  return problems;
}
