// The fixture store served on a random loopback port, with a Chromium page to look at it: opened before
// a suite's tests and closed after them, for the browser test files.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type Running } from '../../src/server/serve.ts';
import { fixtureStore } from '../../src/server/test-fixtures.ts';
import { openBrowser, type Browser } from './harness.ts';

export interface Served {
  server: Running;
  browser: Browser;
  page: Page;
}

/** Registers the suite's set-up and tear-down; the fields are filled once its beforeAll has run. */
export function servedPage(): Served {
  const s = {} as Served;
  let done: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const f = await fixtureStore();
    done = f.done;
    s.server = await startServer(f.store, { port: 0 });
    s.browser = await openBrowser();
    s.page = s.browser.page;
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.close();
    await done?.();
  });
  return s;
}
