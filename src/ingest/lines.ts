// Lines of a stream (JSONL), each held in memory only up to a cap. A line over the cap is not
// collected: its first bytes are kept (to name its record) and the rest is skipped up to the next
// newline, so one giant line costs no more memory than the cap and the next line is read as usual.
// (readline collects a whole line into one string, and V8 cannot hold a string over about 512 MB:
// a line over that was a RangeError that ended the run.)
import type { Readable } from 'node:stream';

export type Line = { n: number; line: string } | { n: number; over: number; head: string };

/** What is kept of a line over the cap, to find its record's id. */
export const HEAD_BYTES = 4096;

/** The lines of a UTF-8 stream, numbered from 1; "\r\n" ends a line like "\n". */
export async function* readLines(input: Readable | AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let head: Buffer | null = null;
  let n = 0;
  const end = (): Line => {
    n++;
    const bytes = size;
    size = 0;
    if (head) {
      const line: Line = { n, over: bytes, head: head.toString('utf8') };
      head = null;
      return line;
    }
    let buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, bytes);
    parts = [];
    if (buf.length && buf[buf.length - 1] === 13) buf = buf.subarray(0, buf.length - 1);
    return { n, line: buf.toString('utf8') };
  };
  // `piece` is a view into the stream's chunk: it is copied only when it is kept past this chunk
  const add = (piece: Buffer, last: boolean) => {
    if (!piece.length) return;
    size += piece.length;
    if (head) return;
    if (size > maxLineBytes) {
      // a new buffer of at most HEAD_BYTES (concat truncates to the length it is given)
      head = Buffer.concat([...parts, piece], Math.min(HEAD_BYTES, size));
      parts = [];
      return;
    }
    parts.push(last ? Buffer.from(piece) : piece);
  };
  for await (const chunk of input) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      add(buf.subarray(from, nl), false);
      yield end();
      from = nl + 1;
    }
    if (from < buf.length) add(buf.subarray(from), true);
  }
  if (size) yield end();
}
