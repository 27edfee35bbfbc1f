// The printable management digest in real Chromium: managers only, no navigation,
// prints to a PDF (A4) whose text carries the figures. Screenshots go to test-artifacts/
// (and to docs/screenshots/ with UPDATE_DOCS_SCREENSHOTS=1).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from './dashboard-server.ts';

import { CHROMIUM, launchChromium } from '../support/chromium.ts';
const NOW = new Date('2026-12-01T10:00:00Z');
const ARTIFACTS = 'test-artifacts';

describe('printable digest page', () => {
  let h: BotHarness;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    h = await createBotHarness({ now: NOW, features: () => [] });
    // The demo's partners were loaded just now; dated back, October has a register to compare November with.
    await h.db.prisma.partner.updateMany({ data: { createdAt: new Date('2026-01-01T00:00:00Z') } });
    server = await startDashboardServer(h.db, h.clock);
    for (const [who, name] of [['manager', 'Gerard van Wijk'], ['staff', 'Sanne de Graaf']] as const) {
      const person = await h.db.prisma.staff.findFirstOrThrow({ where: { name } });
      cookies[who] = (await loginWithToken(server.base, await insertMagicLink(h.db, person.id, new Date(NOW.getTime() + 600_000)))).cookie!;
    }
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await h?.close();
  });

  it('is for managers, for months up to the current one', async () => {
    const page = await get(server.base, '/dashboard/digest/2026-11', cookies.manager);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Maandoverzicht relatiebeheer — november 2026</h1>');
    expect(page.text).not.toContain('<nav');
    expect(page.text).toContain('Samenwerkingen: geen scanronde gesloten deze maand');
    expect(page.text).toMatch(/[▲▼=] /); // a change against October, in words and a shape
    expect((await get(server.base, '/dashboard/digest/2026-11', cookies.staff)).status).toBe(403);
    expect((await get(server.base, '/dashboard/digest/2027-01', cookies.manager)).status).toBe(404);
    expect((await get(server.base, '/dashboard/digest/2026-13', cookies.manager)).status).toBe(404);
    expect((await get(server.base, '/dashboard/digest/2026-11')).status).not.toBe(200);
  });

  describe.skipIf(!existsSync(CHROMIUM))('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
      mkdirSync(ARTIFACTS, { recursive: true });
    }, 60_000);
    afterAll(async () => browser?.close());

    it('shows the figures on screen and prints them to an A4 PDF without the screen-only line', async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'nl-NL' });
      const [name, value] = cookies.manager!.split('=') as [string, string];
      await context.addCookies([{ name, value, url: server.base }]);
      const page = await context.newPage();
      await page.goto(`${server.base}/dashboard/digest/2026-11`);
      expect(await page.locator('h1').innerText()).toBe('Maandoverzicht relatiebeheer — november 2026');
      expect(await page.locator('section.digest-section').count()).toBe(5);
      expect(await page.locator('svg[role=img]').count()).toBe(1);
      expect(await page.locator('.screen-only').isVisible()).toBe(true);
      await page.screenshot({ path: `${ARTIFACTS}/digest-screen.png`, fullPage: true });

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.screen-only').isVisible()).toBe(false);
      await page.screenshot({ path: `${ARTIFACTS}/digest-print.png`, fullPage: true });
      const pdf = await page.pdf({ path: `${ARTIFACTS}/digest-2026-11.pdf`, format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      expect(readFileSync(`${ARTIFACTS}/digest-2026-11.pdf`).length).toBeGreaterThan(10_000);
      if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
        mkdirSync('docs/screenshots', { recursive: true });
        copyFileSync(`${ARTIFACTS}/digest-screen.png`, 'docs/screenshots/digest-screen.png');
        copyFileSync(`${ARTIFACTS}/digest-print.png`, 'docs/screenshots/digest-print.png');
      }
      await context.close();
    }, 60_000);
  });
});
