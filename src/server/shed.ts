// Refusing work the server cannot take now: a 503 with Retry-After instead of a queue without end.
/** Thrown by a handler when its queue is full (or the server is saturated); answered 503 + Retry-After. */
export class Unavailable extends Error {
  constructor(
    readonly param: string,
    why: string,
    /** Whole seconds the client should wait before trying again. */
    readonly retryAfter: number,
  ) {
    super(why);
  }
}

/** Whether the server thread is too busy to take on more store work now. */
export interface Pressure {
  /** Asked once for each request that would reach the store; true: refuse it. */
  saturated(): boolean;
  stop(): void;
}

/**
 * Watches the event loop with a timer that should fire every `tickMs`. SQLite queries run on this
 * thread, so when slow queries pile up, every request waits behind them, and the timer fires late. The
 * loop is saturated while the current turn has already run `maxLagMs` past a due tick (a burst of
 * requests read in one turn: the first ones are answered, the rest refused at once), and until the tick
 * after one that came `maxLagMs` late. Answers from the cache cost next to nothing and are still given.
 *
 * A late loop alone is not load: one cold query, a garbage collection or a machine busy with other
 * programs makes a tick late too, and a person opening the page (a handful of requests) must not be
 * refused for it. So work is refused only while store requests also come fast: at least `minBurst` of
 * them asked within the last `windowMs`, which many clients do and one page does not.
 */
export function watchEventLoop(opts: { maxLagMs?: number; tickMs?: number; minBurst?: number; windowMs?: number } = {}): Pressure {
  const maxLag = opts.maxLagMs ?? 25;
  const tick = opts.tickMs ?? 10;
  const minBurst = opts.minBurst ?? 16;
  const windowMs = opts.windowMs ?? 250;
  let last = performance.now();
  let lateTick = false;
  // When each of the last `minBurst` store requests asked, oldest at `next`.
  const asked = new Float64Array(minBurst).fill(-Infinity);
  let next = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    lateTick = now - last - tick > maxLag;
    last = now;
  }, tick);
  timer.unref();
  return {
    saturated: () => {
      const now = performance.now();
      const oldest = asked[next];
      asked[next] = now;
      next = (next + 1) % minBurst;
      const busy = now - oldest <= windowMs;
      return busy && (lateTick || now - last - tick > maxLag);
    },
    stop: () => clearInterval(timer),
  };
}
