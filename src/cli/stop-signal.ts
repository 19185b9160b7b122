// Ctrl-C and SIGTERM for long-running commands (watch, worker): the first asks the command to stop once
// what it is doing is stored, with a line saying so; a second exits at once (130).

export interface StopSignal {
  signal: AbortSignal;
  /** Removes the handlers (call when the command ends). */
  dispose(): void;
}

/** The caller's signal when it gives one (tests, the library), else one that Ctrl-C and SIGTERM abort. */
export function stopOnSignals(given: AbortSignal | undefined, err: NodeJS.WritableStream, message: string): StopSignal {
  if (given) return { signal: given, dispose: () => {} };
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    err.write(`${message}\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: stop.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
