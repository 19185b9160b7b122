// The publication date of a plain-text article that came with none: a full date in its first lines
// (the dateline "MOSCOW, June 20, 2024 (Wire) -", a "Published 2024-06-20" line). Only the head is
// read, where datelines and bylines sit; a date deeper in the body is about something else.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi');
const DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi');

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

export function sniffDate(text: string, head = 600): string | null {
  const s = text.slice(0, head);
  const found: { at: number; day: string | null }[] = [];
  for (const m of s.matchAll(ISO)) found.push({ at: m.index, day: valid(+m[1], +m[2], +m[3]) });
  for (const m of s.matchAll(MDY)) found.push({ at: m.index, day: valid(+m[3], month(m[1]), +m[2]) });
  for (const m of s.matchAll(DMY)) found.push({ at: m.index, day: valid(+m[3], month(m[2]), +m[1]) });
  return found.filter((f) => f.day).sort((a, b) => a.at - b.at)[0]?.day ?? null;
}
