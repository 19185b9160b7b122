/** Stable error codes for records that cannot be analysed. */
export type ErrorCode =
  | 'EMPTY' // nothing left after cleaning
  | 'BINARY' // NUL bytes or binary content
  | 'TOO_LARGE' // over the configured size limit
  | 'BAD_RECORD' // a JSONL line that is not JSON, or lacks text/html
  | 'UNREADABLE' // a file that cannot be read
  | 'FETCH' // a URL that could not be fetched: network error, timeout, HTTP status, too many redirects
  | 'REFUSED' // a URL whose host is a loopback, private, link-local or multicast address (see ingest/url/address.ts)
  | 'DICTIONARY' // a dictionary file (bundled or --actors) with a bad entry: the message names file and line
  | 'INTERNAL'; // a bug: the message says which stage

export class DyadError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'DyadError';
  }
}

export const isDyadError = (e: unknown): e is DyadError => e instanceof DyadError;
