// The partner beheer pages in real headless Chromium, by keyboard where a user would:
// search with a typo, edit (an error first, kept values), add a duplicate and merge it
// into the original. Screenshots go to test-artifacts/ (and to docs/screenshots/ with
// UPDATE_DOCS_SCREENSHOTS=1).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock.ts';
import type { Database } from '../../../src/store/database.ts';
import { openDemoDatabase } from '../../support/test-database.ts';
import { insertMagicLink, startDashboardServer } from '../dashboard-server.ts';

import { CHROMIUM, launchChromium } from '../../support/chromium.ts';
const NOW = new Date('2026-11-24T10:00:00Z');
const ARTIFACTS = 'test-artifacts';

describe.skipIf(!existsSync(CHROMIUM))('partner beheer in headless Chromium', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ db } = await openDemoDatabase('pglite', NOW));
    server = await startDashboardServer(db, createManualClock(NOW));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    const admin = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Wouter Prins' } });
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    await page.goto(`${server.base}/dashboard/login?token=${await insertMagicLink(db, admin.id, new Date(NOW.getTime() + 15 * 60_000))}`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  async function shot(name: string) {
    const path = `${ARTIFACTS}/beheer-partners-${name}.png`;
    await page.screenshot({ path, fullPage: true });
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') copyFileSync(path, `docs/screenshots/beheer-partners-${name}.png`);
  }

  it('search → edit → merge', async () => {
    await page.goto(`${server.base}/dashboard/beheer/partners`);
    // Keyboard: the search field is labelled and reachable; Enter submits.
    await page.getByLabel('Zoek partner (naam of alias)').focus();
    await page.keyboard.type('pleegzrog');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=pleegzrog/);
    const hit = page.getByRole('link', { name: 'Pleegzorg Getij' });
    await expect.poll(() => hit.count(), { timeout: 15_000 }).toBe(1);
    await shot('search');
    await hit.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/beheer\/partners\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();

    // A BSN in the name: refused beside the field, the other fields keep what was typed.
    await page.getByLabel('Naam', { exact: true }).first().fill('Pleegzorg Getij 111222333');
    await page.getByLabel('Plaats of regio').fill('Rotterdam-Zuid');
    await page.getByLabel('Andere namen (aliassen)').fill('Getij\nPleeggezinnen Getij');
    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    await expect.poll(() => page.locator('#partner-name-error').innerText(), { timeout: 15_000 }).toContain('burgerservicenummer');
    expect(await page.getByLabel('Plaats of regio').inputValue()).toBe('Rotterdam-Zuid');
    expect(await page.getByLabel('Andere namen (aliassen)').inputValue()).toBe('Getij\nPleeggezinnen Getij');
    expect(await page.locator('#partner-name').getAttribute('aria-describedby')).toBe('partner-name-error');
    await shot('edit-error');
    await page.getByLabel('Naam', { exact: true }).first().fill('Pleegzorg Getij');
    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    await expect.poll(() => page.getByRole('status').first().innerText(), { timeout: 15_000 }).toContain('Opgeslagen');
    await shot('edit');

    // A duplicate from an import, with its own contact moment, merged into the original.
    await page.goto(`${server.base}/dashboard/beheer/partners/nieuw`);
    await page.getByLabel('Naam', { exact: true }).fill('Stichting Pleegzorg Getij');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText(), { timeout: 15_000 }).toContain('Partner toegevoegd');
    const duplicate = await db.prisma.partner.findFirstOrThrow({ where: { name: 'Stichting Pleegzorg Getij' } });
    const sanne = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    await db.prisma.contactMoment.create({ data: { partnerId: duplicate.id, staffId: sanne.id, level: 'operationeel', occurredAt: NOW } });

    await page.goto(detailUrl);
    await page.getByLabel('Naam van de dubbele partner').fill('stichting pleegzorg getij');
    await page.getByRole('button', { name: 'Volgende: controleren' }).click();
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Samenvoegen controleren');
    await shot('merge-confirm');
    await page.getByRole('button', { name: 'Samenvoegen en Pleegzorg Getij houden' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().innerText(), { timeout: 15_000 }).toContain('Samengevoegd');
    await shot('merged');
    const kept = await db.prisma.partner.findFirstOrThrow({ where: { name: 'Pleegzorg Getij' } });
    expect(kept.aliases).toEqual(['Getij', 'Pleeggezinnen Getij', 'Stichting Pleegzorg Getij']);
    expect(await db.prisma.partner.count({ where: { id: duplicate.id } })).toBe(0);
    expect(await db.prisma.contactMoment.count({ where: { partnerId: kept.id, staffId: sanne.id, occurredAt: NOW } })).toBe(1);
    // Focus is visible: the focused button has the 3px outline.
    await page.getByRole('button', { name: 'Opslaan' }).first().focus();
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineWidth)).toBe('3px');
  });
  it('assignments and the reassign queue read well and answer one click', async () => {
    const owned = await db.prisma.assignment.findFirstOrThrow({ where: { staff: { name: 'Sanne de Graaf' }, level: 'operationeel' }, include: { partner: true } });
    await db.prisma.nudge.create({ data: { staffId: owned.staffId, partnerId: owned.partnerId, level: 'operationeel', sentAt: NOW, outcome: 'not_mine', outcomeAt: NOW } });
    await page.goto(`${server.base}/dashboard/beheer/toewijzingen?partner=${owned.partnerId}`);
    await shot('assignments');
    await page.goto(`${server.base}/dashboard/beheer/wachtrij`);
    await shot('queue');
    await page.getByRole('button', { name: /^Toewijzen aan / }).first().click();
    await expect.poll(() => page.getByRole('status').first().innerText(), { timeout: 15_000 }).toContain('uit de wachtrij');
    expect(await db.prisma.assignment.count({ where: { id: owned.id } })).toBe(0);
  });
});
