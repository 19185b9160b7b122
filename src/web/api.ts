// Talking to the server: GET with query parameters, POST JSON; an error's message is the server's.
export type Params = Record<string, string | number | boolean | undefined | null>;

/** The server's refusal: its message, and the parameter it names when it names one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly param: string | null = null,
  ) {
    super(message);
  }
}

function query(params: Params): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

async function read<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError((body && typeof body.error === 'string' && body.error) || `${res.status} ${res.statusText}`, body && typeof body.param === 'string' ? body.param : null);
  return body as T;
}

/** Waits that a busy server asked for (503 + Retry-After) are honoured this many times, then its error shows. */
const RETRIES = 3;

export async function get<T>(path: string, params: Params = {}): Promise<T> {
  const url = `/api/${path}${query(params)}`;
  for (let tries = 0; ; tries++) {
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    const asked = res.headers.get('retry-after');
    const wait = asked === null ? NaN : Number(asked);
    if (res.status !== 503 || tries >= RETRIES || !(wait >= 0)) return read<T>(res);
    await new Promise((r) => setTimeout(r, Math.min(wait, 5) * 1000 + Math.random() * 250));
  }
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return read<T>(await fetch(`/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

export interface PageOf<T> {
  items: T[];
  limit: number;
  offset: number;
  more: boolean;
}
