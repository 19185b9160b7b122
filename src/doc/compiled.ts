// Whether dyad runs from its compiled JavaScript (dist/, what the npm package ships) or from its
// TypeScript sources through tsx (a git checkout). A few modules load a sibling by path at run time
// (worker entries, the optional name tagger, the web page's assets): they ask here which file to name.

/** True in dist/*.js, false when this module was loaded as src/doc/compiled.ts. */
export const COMPILED = !import.meta.url.endsWith('.ts');

/** A sibling module of `from` by its path without extension: `.js` when compiled, `.ts` from the sources. */
export function moduleUrl(path: string, from: string): URL {
  return new URL(`${path}${COMPILED ? '.js' : '.ts'}`, from);
}

/**
 * A worker thread's entry: compiled, the module itself; from the sources, its `.js` shim beside it,
 * which registers tsx in the worker (a worker does not inherit the loader the main thread registered).
 */
export function workerUrl(main: string, shim: string, from: string): URL {
  return COMPILED ? new URL(`${main}.js`, from) : new URL(shim, from);
}
