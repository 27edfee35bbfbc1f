// A real browser over the real playground: choose a person, move the clock to
// Monday 09:00, see the RRO post, reply in its thread and see the reply.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hasCheckinFeature, loadCheckinFeature, startPlayground } from './start-playground.ts';

import { CHROMIUM, launchChromium } from '../../support/chromium.ts';

describe.skipIf(!existsSync(CHROMIUM) || !hasCheckinFeature)('playground in a real browser', () => {
  let pg: Awaited<ReturnType<typeof startPlayground>> | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  afterAll(async () => {
    await browser?.close();
    await pg?.stop();
  });

  it('walks the check-in from the page', async () => {
    pg = await startPlayground({ now: new Date('2026-11-22T11:00:00Z'), features: async (deps, db) => [await loadCheckinFeature(deps, db)] });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pg.base);
    await page.getByLabel('Ik ben').selectOption({ label: 'Sanne de Graaf — medewerker' });
    await expect.poll(() => page.getByRole('link', { name: /#team-transferpunt/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Naar maandag 09:00' }).click();
    const post = page.locator('article.pg-post').last();
    await post.getByText(/48/).first().waitFor();
    await post.getByLabel('Antwoord in de draad').fill('Gedaan: overleg met Het Baken. Ga doen: De Zonnebloem bellen.');
    await post.getByRole('button', { name: 'Stuur' }).click();
    await page.locator('.pg-reply', { hasText: 'Sanne de Graaf' }).first().waitFor();
    await expect.poll(() => page.locator('.pg-eph').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/playground.png' });
    // The README's picture is refreshed on request only, so a test run never edits tracked files.
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1' && statSync('test-artifacts/playground.png').size <= 300_000) {
      copyFileSync('test-artifacts/playground.png', 'docs/playground.png');
    }
  });
});
