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
