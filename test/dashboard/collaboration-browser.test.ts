// The collaboration pages in real headless Chromium on the demo organisation (three
// collaborations with two closed quick-scan rounds each): the list, the picture of
// the seven factors with the previous round and the weakest factor's tip, hidden
// figures below three respondents, the partner page's list, and editing through the
// form as the owner (CSRF token from the page) while a colleague may only read.
// Screenshots go to test-artifacts/screenshots/ (docs/screenshots/samenwerking-*.png with UPDATE_DOCS_SCREENSHOTS=1).
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { insertMagicLink, startDashboardServer } from './dashboard-server.ts';

import { CHROMIUM, launchChromium } from '../support/chromium.ts';
const NOW = new Date('2026-11-24T10:00:00Z');
// docs/screenshots/ only when asked (UPDATE_DOCS_SCREENSHOTS=1): a test run leaves the tree as it was.
const SHOTS = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-artifacts/screenshots';

describe.skipIf(!existsSync(CHROMIUM))('collaboration pages in headless Chromium', () => {
  let h: BotHarness;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await createBotHarness({ now: NOW, features: () => [] });
    server = await startDashboardServer(h.db, h.clock);
    for (const name of ['Marieke van der Linden', 'Sanne de Graaf', 'Gerard van Wijk']) ids[name] = (await h.db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    for (const c of await h.db.prisma.collaboration.findMany()) ids[c.name] = c.id;
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await h?.close();
  });

  async function loginAs(name: string): Promise<Page> {
    const token = await insertMagicLink(h.db, ids[name]!, new Date(NOW.getTime() + 15 * 60_000));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${server.base}/dashboard/login?token=${token}`);
    return page;
  }

  it('lists the collaborations and shows one with the factors, the previous round and the weakest factor\'s tip', { timeout: 120_000 }, async () => {
    const page = await loginAs('Sanne de Graaf');
    await page.getByRole('link', { name: 'Samenwerkingen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Samenwerkingen');
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await page.locator('table').textContent()).toContain('te weinig antwoorden');
    await page.screenshot({ path: `${SHOTS}/samenwerking-lijst.png`, fullPage: true });

    await page.getByRole('link', { name: 'Transferketen Maasdelta' }).click();
    const svg = page.locator('figure svg[role="img"]');
    await expect.poll(() => svg.count()).toBe(1);
    expect(await svg.locator('circle').count()).toBeGreaterThanOrEqual(7);
    expect(await svg.locator('path').count()).toBeGreaterThanOrEqual(7); // previous round's diamonds
    const weakest = await page.locator('.card.weakest').textContent();
    expect(weakest).toMatch(/Zwakste factor: (Resources & competenties|Leren)/);
    expect(weakest).toMatch(/Tip:/);
    expect(await page.locator('table.factor-table tbody tr').count()).toBe(7);
    // A colleague reads, but cannot edit.
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/samenwerking-detail.png`, fullPage: true });

    await page.goto(`${server.base}/dashboard/samenwerkingen/${ids['Kansrijke Start Maasdelta']}`);
    expect(await page.locator('main').textContent()).toContain('Nog geen uitslagen: er zijn minimaal 3 antwoorden nodig');
    expect(await page.locator('figure svg').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/samenwerking-te-weinig.png`, fullPage: true });

    const refused = await page.goto(`${server.base}/dashboard/samenwerkingen/${ids['Transferketen Maasdelta']}/bewerken`);
    expect(refused?.status()).toBe(403);
  });

  it('the owner edits through the form; the partner page lists the collaboration', { timeout: 120_000 }, async () => {
    const page = await loginAs('Marieke van der Linden');
    await page.goto(`${server.base}/dashboard/samenwerkingen/${ids['Transferketen Maasdelta']}`);
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByLabel('Fase').selectOption('evalueren');
    await page.getByLabel('Beoogd resultaat').fill('Elk kwartaal overleggen met de VVT');
    await page.screenshot({ path: `${SHOTS}/samenwerking-formulier.png`, fullPage: true });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/opgeslagen.*(inspanning|meetbaar)/);
    expect(await page.locator('dl.facts').textContent()).toContain('evalueren');
    const audit = await h.db.prisma.auditEvent.findFirst({ where: { action: 'collaboration.updated', subject: ids['Transferketen Maasdelta'] } });
    expect(audit?.actorStaffId).toBe(ids['Marieke van der Linden']);

    // The manager sees every partner page.
    const manager = await loginAs('Gerard van Wijk');
    const partner = await h.db.prisma.collaborationPartner.findFirstOrThrow({ where: { collaborationId: ids['Transferketen Maasdelta'] } });
    await manager.goto(`${server.base}/dashboard/partners/${partner.partnerId}`);
    await manager.getByRole('link', { name: 'Transferketen Maasdelta' }).click();
    await expect.poll(() => manager.locator('h1').textContent()).toBe('Transferketen Maasdelta');
  });
});
