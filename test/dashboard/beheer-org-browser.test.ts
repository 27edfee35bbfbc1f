// The organisation beheer pages in real headless Chromium, without client JavaScript:
// an admin adds a rubriek (after a field error that keeps the typed values), sets a
// team's channel and check-in, and makes a colleague co-lead. Fields are found by
// their labels, as a screen reader would. Screenshots go to test-artifacts/ (and to
// docs/screenshots/ with UPDATE_DOCS_SCREENSHOTS=1).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/clock.ts';
import type { Database } from '../../src/store/database.ts';
import { openDemoDatabase } from '../support/test-database.ts';
import { insertMagicLink, startDashboardServer } from './dashboard-server.ts';

import { CHROMIUM, launchChromium } from '../support/chromium.ts';
const NOW = new Date('2026-11-24T10:00:00Z');
const ARTIFACTS = 'test-artifacts';

describe.skipIf(!existsSync(CHROMIUM))('beheer pages in headless Chromium', () => {
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
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${server.base}/dashboard/login?token=${await insertMagicLink(db, admin.id, new Date(NOW.getTime() + 15 * 60_000))}`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  async function shot(name: string) {
    const file = `${ARTIFACTS}/beheer-org-${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
      mkdirSync('docs/screenshots', { recursive: true });
      copyFileSync(file, `docs/screenshots/beheer-org-${name}.png`);
    }
  }

  it('walks rubriek → team channel and schedule → staff lead flag', async () => {
    await page.getByRole('link', { name: 'Beheer', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/dashboard/beheer');
    await shot('1-home');

    await page.getByRole('link', { name: 'Rubrieken' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Gemeenten');
    await page.getByLabel('Ideaal contact elke … dagen').fill('120');
    await page.getByLabel('Uiterlijk contact na … dagen').fill('60');
    await page.getByLabel('operationeel').uncheck();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('#err-idealIntervalDays').innerText()).toContain('Ideaal mag niet langer zijn dan uiterlijk');
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Gemeenten');
    expect(await page.getByLabel('operationeel').isChecked()).toBe(false);
    expect(await page.getByLabel('tactisch').isChecked()).toBe(true);
    await shot('2-rubriek-error');
    await page.getByLabel('Uiterlijk contact na … dagen').fill('180');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.getByRole('status').innerText()).toContain('Rubriek Gemeenten opgeslagen');
    expect(await page.locator('tr', { hasText: 'Gemeenten' }).innerText()).toContain('tactisch, strategisch');
    await shot('3-rubrieken');

    await page.goto(`${server.base}/dashboard/beheer/teams`);
    await page.getByRole('link', { name: 'Geriatrie' }).click();
    await page.locator('fieldset', { hasText: 'Teamkanaal' }).getByLabel('Bekend kanaal').selectOption('local:team-transferpunt');
    await page.getByLabel('Dag van de check-in').selectOption({ label: 'dinsdag' });
    await page.getByLabel('Tijd van de check-in').fill('08:45');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.getByRole('status').innerText()).toContain('Team Geriatrie opgeslagen');
    await shot('4-team');
    expect(await db.prisma.team.findFirstOrThrow({ where: { name: 'Geriatrie' } })).toMatchObject({ channelRef: 'local:team-transferpunt', checkinWeekday: 2, checkinTime: '08:45' });

    await page.goto(`${server.base}/dashboard/beheer/medewerkers`);
    await page.getByLabel('Zoek op naam of e-mailadres').fill('esther');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Esther Mulder' }).click();
    const geriatrie = page.locator('fieldset.team-choice', { hasText: 'Geriatrie' });
    expect(await geriatrie.getByLabel('lid').isChecked()).toBe(true);
    // Keyboard only: tab to the lead box of Geriatrie and tick it with the space bar.
    await geriatrie.getByLabel('lid').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await geriatrie.getByLabel('teamleider').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.getByRole('status').innerText()).toContain('Esther Mulder opgeslagen');
    await shot('5-medewerker');
    const esther = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Esther Mulder' }, include: { memberships: { include: { team: true } } } });
    expect(esther.memberships.map((m) => [m.team.name, m.isLead])).toEqual([['Geriatrie', true]]);
  }, 120_000);
});
