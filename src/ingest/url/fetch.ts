// One HTTP(S) GET with the guards a crawler needs: every address the host resolves to is checked
// (ingest/url/address.ts) inside the connection's own lookup, so the address checked is the address
// connected to and a name that resolves differently the second time cannot slip through; each
// redirect is checked the same way before it is followed. Size, time and redirects are capped, the
// body is decompressed with the decompressed size counted against the cap, and every failure is a
// DyadError with one line naming the URL.
import { readFileSync } from 'node:fs';
import { promises as dns, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { DyadError } from '../../doc/errors.ts';
import { blockedReason } from './address.ts';

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as { version: string };
/** Names dyad and its version to every server it asks, so an operator can tell who is reading. */
export const USER_AGENT = `dyad/${pkg.version} (news event coder)`;

export type Resolver = (host: string) => Promise<LookupAddress[]>;

export interface FetchSettings {
  /** Fetch from loopback, private, link-local and multicast addresses too (--allow-private). */
  allowPrivate?: boolean;
  /** The whole fetch, redirects included, in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Name -> addresses (default: the system resolver, every address). Tests give their own. */
  resolve?: Resolver;
  /** Why an address is refused, or null (default blockedReason). Tests let one loopback server through. */
  blocked?: (address: string) => string | null;
}

export interface FetchRequest extends FetchSettings {
  /** The body is refused past this many bytes, decompressed (the --max-bytes of ingest). */
  maxBytes: number;
  /** Conditional GET: the validators of the last answer. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** 304: the validators still hold, there is no body. */
  notModified: boolean;
  /** The media type, lower case, without parameters ('text/html'), or null. */
  type: string | null;
  /** The charset the Content-Type header declares, or null. */
  charset: string | null;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
}

const defaultResolve: Resolver = (host) => dns.lookup(host, { all: true, verbatim: true });
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchUrl(url: string, req: FetchRequest): Promise<Fetched> {
  const deadline = Date.now() + (req.timeoutMs ?? 30_000);
  const most = req.maxRedirects ?? 5;
  let current = url;
  for (let hops = 0; ; hops++) {
    const answer = await fetchOnce(current, url, req, deadline);
    if (!('location' in answer)) return answer;
    if (hops >= most) throw new DyadError('FETCH', `${url}: more than ${most} redirects (the last to ${answer.location})`);
    current = answer.location;
  }
}

function target(raw: string, asked: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new DyadError('FETCH', `${asked}: ${raw} is not a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new DyadError('FETCH', `${asked}: ${u.protocol.slice(0, -1)} URLs are not fetched (${raw}); only http and https`);
  return u;
}

function fetchOnce(raw: string, asked: string, req: FetchRequest, deadline: number): Promise<Fetched | { location: string }> {
  const u = target(raw, asked);
  const blocked = req.allowPrivate ? () => null : (req.blocked ?? blockedReason);
  const via = raw === asked ? '' : ` (redirected to ${raw})`;
  const refuse = (host: string, address: string, why: string) =>
    new DyadError('REFUSED', `${asked}: ${host === address ? '' : `${host} resolves to `}${address}, a ${why} address${via}: not fetched (--allow-private fetches it)`);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const why = blocked(host);
    if (why) return Promise.reject(refuse(host, host, why));
  }
  let refusal: DyadError | null = null;
  const lookup = (name: string, options: { family?: number; all?: boolean }, cb: (...a: any[]) => void) => {
    (req.resolve ?? defaultResolve)(name).then(
      (found) => {
        if (!found.length) throw new DyadError('FETCH', `${asked}: ${name} has no address${via}`);
        for (const a of found) {
          const why = blocked(a.address);
          if (why) throw (refusal = refuse(name, a.address, why));
        }
        const fit = options.family ? found.filter((a) => a.family === options.family) : found;
        const list = fit.length ? fit : found;
        if (options.all) cb(null, list);
        else cb(null, list[0].address, list[0].family);
      },
      (e) => cb(e instanceof DyadError ? e : Object.assign(new Error(`${name} not found (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`), { code: 'ENOTFOUND' })),
    ).catch((e) => cb(e));
  };
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5', 'accept-encoding': 'gzip, deflate, br' };
  if (req.etag) headers['if-none-match'] = req.etag;
  if (req.lastModified) headers['if-modified-since'] = req.lastModified;
  const left = deadline - Date.now();
  const seconds = ((req.timeoutMs ?? 30_000) / 1000).toFixed(0);
  if (left <= 0) return Promise.reject(new DyadError('FETCH', `${asked}: no answer within ${seconds} s${via}`));

  return new Promise((resolve, reject) => {
    const lib = u.protocol === 'https:' ? https : http;
    const fail = (e: unknown) => {
      clearTimeout(timer);
      request.destroy();
      if (e instanceof DyadError) return reject(e);
      if (refusal) return reject(refusal);
      const err = e as NodeJS.ErrnoException;
      reject(new DyadError('FETCH', `${asked}: ${networkReason(err)}${via}`));
    };
    const timer = setTimeout(() => fail(new DyadError('FETCH', `${asked}: no answer within ${seconds} s${via}`)), left);
    const request = lib.get(u, { headers, lookup: lookup as any, agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      const header = (n: string) => {
        const v = res.headers[n];
        return (Array.isArray(v) ? v[0] : v) ?? null;
      };
      if (REDIRECTS.has(status) && header('location')) {
        res.resume();
        clearTimeout(timer);
        request.destroy();
        let next: string;
        try {
          next = new URL(header('location')!, u).toString();
        } catch {
          return reject(new DyadError('FETCH', `${asked}: a redirect to ${header('location')}, which is not a URL${via}`));
        }
        return resolve({ location: next });
      }
      const meta = { url: u.toString(), status, etag: header('etag'), lastModified: header('last-modified') };
      if (status === 304 && (req.etag || req.lastModified)) {
        res.resume();
        clearTimeout(timer);
        return resolve({ ...meta, notModified: true, type: null, charset: null, body: Buffer.alloc(0) });
      }
      if (status < 200 || status > 299) {
        res.resume();
        return fail(new DyadError('FETCH', `${asked}: HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}${via}`));
      }
      const length = Number(header('content-length'));
      const encoding = (header('content-encoding') ?? '').trim().toLowerCase();
      const tooLarge = (n: string) =>
        new DyadError('TOO_LARGE', `${asked}: ${n} is over the ${(req.maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)${via}`);
      if (!encoding && length > req.maxBytes) return fail(tooLarge(`${(length / 1e6).toFixed(1)} MB`));
      let body: Readable = res;
      if (encoding === 'gzip' || encoding === 'x-gzip') body = res.pipe(createGunzip());
      else if (encoding === 'deflate') body = res.pipe(createInflate());
      else if (encoding === 'br') body = res.pipe(createBrotliDecompress());
      else if (encoding && encoding !== 'identity') return fail(new DyadError('FETCH', `${asked}: content encoding ${encoding} is not read${via}`));
      const parts: Buffer[] = [];
      let size = 0;
      body.on('data', (b: Buffer) => {
        size += b.length;
        if (size > req.maxBytes) {
          body.destroy();
          fail(tooLarge('the body'));
        } else parts.push(b);
      });
      body.on('error', (e) => fail(encoding ? new DyadError('FETCH', `${asked}: the ${encoding} body cannot be read (${(e as Error).message})${via}`) : e));
      res.on('error', fail);
      body.on('end', () => {
        clearTimeout(timer);
        const { type, charset } = contentType(header('content-type'));
        resolve({ ...meta, notModified: false, type, charset, body: Buffer.concat(parts, size) });
      });
    });
    request.on('error', fail);
  });
}

/** A Content-Type header's media type and charset parameter. */
export function contentType(value: string | null): { type: string | null; charset: string | null } {
  if (!value) return { type: null, charset: null };
  const [type, ...params] = value.split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1];
  }
  return { type: type.trim().toLowerCase() || null, charset };
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed by the server',
  HPE_INVALID_CONSTANT: 'not an HTTP answer',
};

/** A network error as a few words: the usual ones by name, a TLS failure by its own message. */
function networkReason(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOTFOUND') return e.message;
  if (e.code && REASONS[e.code]) return REASONS[e.code];
  const msg = (e.message ?? '').split('\n')[0];
  if (/CERT|TLS|SSL/i.test(e.code ?? '')) return `TLS: ${msg}`;
  if (e.code?.startsWith('HPE_')) return `not a well-formed HTTP answer (${msg})`;
  return e.code ? `${e.code}${msg && !msg.startsWith(e.code) ? ` (${msg})` : ''}` : msg || 'failed';
}
