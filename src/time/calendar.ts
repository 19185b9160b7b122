// Day arithmetic on ISO days ("2024-06-20"), in UTC so no time zone moves a day.

const DAY_MS = 86_400_000;

export const toMs = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

export function fromMs(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const addDays = (iso: string, n: number): string => fromMs(toMs(iso) + n * DAY_MS);

/** 0 = Monday … 6 = Sunday. */
export const weekday = (iso: string): number => (new Date(toMs(iso)).getUTCDay() + 6) % 7;

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const daysInMonth = (y: number, m: number): number => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/** The ISO day of year y, month m (1–12), day d, or null when there is no such day (30 February). */
export function day(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** First and last day of a month, with months counted past December or before January. */
export function monthSpan(y: number, m: number): [string, string] {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return [day(yy, mm, 1)!, day(yy, mm, daysInMonth(yy, mm))!];
}

/** Days from a to b (b − a). */
export const daysBetween = (a: string, b: string): number => Math.round((toMs(b) - toMs(a)) / DAY_MS);

export const parts = (iso: string): [number, number, number] => [+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)];
