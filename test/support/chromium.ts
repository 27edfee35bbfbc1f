// Debian's Chromium driven by playwright-core (no browser download): one path and one set of
// flags for every browser test. Tests skip themselves when it is not installed.
//
// One Chromium per worker process, shared by the browser test files that worker runs
// (vitest isolate: false): a launch and close cost ~0.9 s of a 2-core machine per file. Each
// file gets its own view of it: closing that view closes the contexts and pages the file
// opened and leaves the browser running for the next file. The browser goes with its worker
// (no Chromium was left after a full run).
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const SHARED = Symbol.for('rro-bot.test-chromium');
type Holder = { [SHARED]?: Promise<Browser> };

function sharedBrowser(): Promise<Browser> {
  const holder = globalThis as Holder;
  holder[SHARED] ??= chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  return holder[SHARED];
}

/** A browser for one test file: its `close()` closes what the file opened, not the shared Chromium. */
export async function launchChromium(): Promise<Browser> {
  let browser = await sharedBrowser().catch(() => undefined);
  if (!browser?.isConnected()) {
    // A crashed or failed launch is not handed to the next file.
    delete (globalThis as Holder)[SHARED];
    browser = await sharedBrowser();
  }
  const real = browser;
  const opened: BrowserContext[] = [];
  const own = async (options?: Parameters<Browser['newContext']>[0]) => {
    const context = await real.newContext(options);
    opened.push(context);
    return context;
  };
  return new Proxy(real, {
    get(target, prop) {
      if (prop === 'newContext') return own;
      // Browser.newPage makes a context of its own for the page and closes it with the page; so does this.
      if (prop === 'newPage') {
        return async (options?: Parameters<Browser['newPage']>[0]) => {
          const context = await own(options);
          const page = await context.newPage();
          page.once('close', () => void context.close().catch(() => undefined));
          return page;
        };
      }
      if (prop === 'close') return async () => void (await Promise.all(opened.splice(0).map((c) => c.close().catch(() => undefined))));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
