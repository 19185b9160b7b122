import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyzeCommand } from '../src/cli/commands/analyze.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-bad-input-'));
const sink = () => {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
};
const harbour = readFileSync(new URL('./fixtures/html/harbour-jsonld.html', import.meta.url), 'utf8');
const story = 'Dock workers in the port of Ellis ended a two-day strike on Friday after the operator agreed to hire more crane drivers, the union said.\n\nThe first ships were unloaded within hours, and the port said the backlog would clear by Monday.';

describe('dyad analyze --jsonl with good and bad lines', () => {
  const MAX = 20_000;
  const lines = [
    JSON.stringify({ id: 'good-text', text: story, date: '2024-06-20' }),
    '{"id": "broken-json", "text": "unterminated',
    JSON.stringify({ id: 'no-body', title: 'Only a title' }),
    JSON.stringify({ id: 'good-html', html: harbour, url: 'https://ledger.example/2024/03/14/ferries' }),
    JSON.stringify({ id: 'nul', text: 'Some words\u0000\u0000\u0000 and then binary' }),
    JSON.stringify({ id: 'too-big', text: 'word '.repeat(5000) }),
    JSON.stringify({ id: 'huge', html: '<p>' + 'x'.repeat(3 * MAX + 70_000) + '</p>' }),
    JSON.stringify({ id: 'empty-html', html: '<html><body><nav><a href="/">Home</a></nav></body></html>' }),
    JSON.stringify({ id: 'broken-html', html: `<html><body><div><p>${story.replace('\n\n', '<p>')}<b>never closed <table><td>` }),
    '[1, 2, 3]',
    JSON.stringify({ id: 7, text: story }),
  ];
  const expected: [string, RegExp | null][] = [
    ['good-text', null],
    ['line-2', /:2: not JSON/],
    ['no-body', /:3: record no-body has neither a "text" nor an "html" string/],
    ['good-html', null],
    ['nul', /^record nul: text holds NUL bytes/],
    ['too-big', /^record too-big: .* over the 0\.0 MB limit/],
    ['huge', /:7: record huge: a 0\.1 MB line is over the 0\.0 MB limit/],
    ['empty-html', /^record empty-html: no article body left after cleaning/],
    ['broken-html', null],
    ['line-10', /:10: not a JSON object/],
    ['7', null],
  ];

  it('prints one line per input line, in order, each error on one line naming its record', async () => {
    const path = join(dir, 'in.jsonl');
    writeFileSync(path, lines.join('\n') + '\n');
    const out = sink();
    const err = sink();
    const code = await analyzeCommand([], { jsonl: path, maxBytes: MAX, out: out.stream, err: err.stream });
    expect(code).toBe(0);
    const got = out.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(got.map((g) => g.id)).toEqual(expected.map(([id]) => id));
    got.forEach((g, i) => {
      const want = expected[i][1];
      if (want) expect(g.error).toMatch(want);
      else {
        expect(g.error).toBeUndefined();
        expect(g.article.text.length).toBeGreaterThan(50);
      }
    });
    const errLines = err.text().trimEnd().split('\n');
    expect(errLines).toHaveLength(expected.filter(([, e]) => e).length);
    for (const l of errLines) expect(l).toMatch(/^dyad: /);
    const html = got[3];
    expect(html.article.title).toBe('Harbour towns agree to share a ferry fleet');
    expect(html.article.date).toBe('2024-03-14');
    expect(html.article.sections.map((s: { heading: string | null }) => s.heading)).toEqual([null, 'A long quarrel over timetables', 'What happens next']);
  });
});

describe('dyad analyze FILE with bad files and legacy encodings', () => {
  const write = (name: string, data: Buffer | string) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const page = (body: string, head = '') => `<html><head>${head}<title>Caf\u00e9 reopens</title></head><body><article><h1>Caf\u00e9 reopens</h1><p>${body}</p><p>${body}</p></article></body></html>`;
  const body = 'The caf\u00e9 by the station reopened on Saturday, and its owner, Ren\u00e9e M\u00fcller, said the \u201cna\u00efve\u201d idea of a night menu had worked.';

  it('reads windows-1252 with a charset meta, latin-1 without one, and UTF-16 with a BOM', async () => {
    const files = [
      write('cp1252.html', iconv.encode(page(body, '<meta charset="windows-1252">'), 'windows-1252')),
      write('latin1.html', iconv.encode(page(body.replace(/[\u201c\u201d]/g, '"')), 'latin1')),
      write('utf16.html', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page(body), 'utf-16le')])),
    ];
    for (const f of files) {
      const out = sink();
      const err = sink();
      expect(await analyzeCommand([f], { json: true, out: out.stream, err: err.stream })).toBe(0);
      const doc = JSON.parse(out.text());
      expect(doc.article.text).toContain('Ren\u00e9e M\u00fcller');
      expect(doc.article.text).toContain('na\u00efve');
      expect(err.text()).toBe('');
    }
  });

  it('rejects a binary file, an empty file and a file over --max-bytes, and goes on to the good one', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const files = [
      write('image.txt', png),
      write('empty.txt', ''),
      write('large.txt', 'word '.repeat(4000)),
      write('good.txt', story),
    ];
    const out = sink();
    const err = sink();
    expect(await analyzeCommand(files, { maxBytes: 10_000, out: out.stream, err: err.stream })).toBe(0);
    const errs = err.text().trimEnd().split('\n');
    expect(errs[0]).toMatch(/^dyad: record image\.txt: holds NUL bytes/);
    expect(errs[1]).toMatch(/^dyad: record empty\.txt: the file is empty/);
    expect(errs[2]).toMatch(/^dyad: record large\.txt: 0\.0 MB is over the 0\.0 MB limit/);
    expect(errs).toHaveLength(3);
    expect(out.text()).toContain('Dock workers');
  });

  it('rejects a 50 MB page fast, as a file and as a JSONL line, under the default 10 MB limit', async () => {
    const big = '<html><body>' + '<p>All work and no play makes a long page.</p>'.repeat(1_100_000) + '</body></html>';
    const file = write('huge.html', big);
    const jsonl = write('huge.jsonl', JSON.stringify({ id: 'huge-line', html: big }) + '\n' + JSON.stringify({ id: 'after', text: story }) + '\n');
    const t0 = Date.now();
    const err = sink();
    expect(await analyzeCommand([file], { out: sink().stream, err: err.stream })).toBe(1);
    expect(err.text()).toMatch(/^dyad: record huge\.html: 5\d\.\d MB is over the 10\.5 MB limit/);
    const out = sink();
    await analyzeCommand([], { jsonl, out: out.stream, err: sink().stream });
    const got = out.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(got[0]).toEqual({ id: 'huge-line', error: expect.stringMatching(/record huge-line: a 5\d\.\d MB line is over/) });
    expect(got[1].id).toBe('after');
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('streams a JSONL line far over the limit without holding it: one error naming file:line, then the next record', async () => {
    // 256 MB of one line, made as it is read (the same 1 MB chunk again and again), on standard input
    const MB = Buffer.alloc(1 << 20, 'a');
    let peak = 0;
    async function* input() {
      yield Buffer.from(JSON.stringify({ id: 'before', text: story }) + '\n{"id":"giant","text":"');
      const base = process.memoryUsage().rss;
      for (let i = 0; i < 256; i++) {
        peak = Math.max(peak, process.memoryUsage().rss - base);
        yield MB;
      }
      yield Buffer.from('"}\n' + JSON.stringify({ id: 'after', text: story }) + '\n');
    }
    const out = sink();
    const err = sink();
    expect(await analyzeCommand([], { jsonl: '-', stdin: Readable.from(input()), maxBytes: 100_000, out: out.stream, err: err.stream })).toBe(0);
    const got = out.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(got.map((g) => g.id)).toEqual(['before', 'giant', 'after']);
    expect(got[1].error).toBe('-:2: record giant: a 268.4 MB line is over the 0.1 MB limit (raise it with --max-bytes)');
    expect(err.text()).toBe(`dyad: ${got[1].error}\n`);
    expect(peak).toBeLessThan(64 << 20);
  }, 60_000);

  it('stops reading standard input at --max-bytes: endless zeros on a pipe that never closes are one error, at once', async () => {
    const child = spawn(process.execPath, ['bin/dyad.js', 'analyze', '--max-bytes', '1000000', '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const zeros = Buffer.alloc(64 * 1024);
    let written = 0;
    let stopped = false;
    const pump = () => {
      // at most 256 MB; the pipe stays open (no end), as from a device that never stops
      while (!stopped && written < 256 << 20 && child.stdin.write(zeros)) written += zeros.length;
    };
    child.stdin.on('drain', pump);
    child.stdin.on('error', () => {});
    pump();
    const code = await new Promise<number | null>((done) => {
      const t = setTimeout(() => (child.kill('SIGKILL'), done(null)), 30_000);
      child.on('exit', (c) => (clearTimeout(t), done(c)));
    });
    stopped = true;
    expect(code).toBe(1);
    expect(stderr).toBe('dyad: record stdin: standard input is over the 1.0 MB limit (raise it with --max-bytes)\n');
    expect(written).toBeLessThan(64 << 20);
  }, 60_000);

  it('a UTF-8 file with one stray byte keeps its curly quotes and quote, and says what was replaced', async () => {
    const said = 'The mayor of Ellis opened the new bridge on Friday. \u201cWe built it in a year,\u201d the mayor said.';
    const file = write('stray.txt', Buffer.concat([Buffer.from(said, 'utf8'), Buffer.from([0x20, 0x9d, 0x0a])]));
    const out = sink();
    const err = sink();
    expect(await analyzeCommand([file], { json: true, out: out.stream, err: err.stream })).toBe(0);
    const doc = JSON.parse(out.text());
    expect(doc.article.text.startsWith(said)).toBe(true);
    expect(doc.quotes.map((q: { text: string }) => q.text)).toContain('\u201cWe built it in a year,\u201d');
    expect(err.text()).toBe('dyad: record stray.txt: 1 byte that is not valid UTF-8 replaced with U+FFFD (the rest is read as UTF-8)\n');
  });

  it('reads an undeclared windows-1251 page and an undeclared Shift_JIS page in their own scripts', async () => {
    const ru = '\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443, \u0447\u0442\u043e \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u043a \u043b\u0435\u0442\u0443.';
    const ja = '\u5e02\u9577\u306f\u91d1\u66dc\u65e5\u3001\u65b0\u3057\u3044\u6a4b\u3092\u590f\u307e\u3067\u306b\u958b\u304f\u3068\u8ff0\u3079\u305f\u3002';
    for (const [name, enc, text] of [['ru.html', 'windows-1251', ru], ['ja.html', 'shift_jis', ja]]) {
      const file = write(name, iconv.encode(`<html><head><title>t</title></head><body><article><p>${text}</p><p>${text}</p></article></body></html>`, enc));
      const out = sink();
      expect(await analyzeCommand([file], { json: true, out: out.stream, err: sink().stream })).toBe(0);
      expect(JSON.parse(out.text()).article.text).toContain(text);
    }
  });
});
