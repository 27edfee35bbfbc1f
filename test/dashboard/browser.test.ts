// The dashboard in real headless Chromium: log in through the bot's magic link,
// read the heat map for a seeded situation, filter the successes wall, download a
// CSV and be refused as staff on a lead's page. Screenshots go to test-artifacts/.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardAccessFeature } from '../../src/features/dashboard-access/dashboard-access-feature.ts';
import { createDashboardSessionStore } from '../../src/store/dashboard-session-store.ts';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { startDashboardServer } from './dashboard-server.ts';

import { CHROMIUM, launchChromium } from '../support/chromium.ts';
const NOW = new Date('2026-11-24T10:00:00Z');
const DAY = 86_400_000;
const ARTIFACTS = 'test-artifacts';

describe.skipIf(!existsSync(CHROMIUM))('dashboard in headless Chromium', () => {
  let h: BotHarness;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  let browser: Browser;
  const site = { url: 'http://127.0.0.1:0' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await createBotHarness({
      now: NOW,
      features: (_deps, db) => [createDashboardAccessFeature(createDashboardSessionStore(db.prisma), { get publicUrl() { return site.url; } })],
    });
    server = await startDashboardServer(h.db, h.clock);
    site.url = server.base;
    const org = await h.db.prisma.organisation.findFirstOrThrow();
    const category = await h.db.prisma.category.findFirstOrThrow({ where: { organisationId: org.id }, orderBy: { maxIntervalDays: 'asc' } });
    const person = async (name: string) => (await h.db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    ids.manager = await person('Gerard van Wijk');
    ids.staff = await person('Sanne de Graaf');
    ids.lead = await person('Marieke van der Linden');
    ids.transfer = (await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } })).id;
    // The seeded situation: operational contact long past the rubriek's maximum (red),
    // tactical contact two days ago (green), never at the strategic level (grey).
    const partner = await h.db.prisma.partner.create({ data: { organisationId: org.id, name: 'Stichting Testzorg Noord', categoryId: category.id } });
    await h.db.prisma.assignment.create({ data: { staffId: ids.staff, partnerId: partner.id, level: 'operationeel' } });
    await h.db.prisma.contactMoment.createMany({ data: [
      { partnerId: partner.id, staffId: ids.staff, level: 'operationeel', occurredAt: new Date(NOW.getTime() - (category.maxIntervalDays + 30) * DAY) },
      { partnerId: partner.id, staffId: ids.lead, level: 'tactisch', occurredAt: new Date(NOW.getTime() - 2 * DAY) },
    ] });
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await h?.close();
  });

  async function loginThroughBot(staffId: string): Promise<Page> {
    const replies = await h.send({ type: 'command', envelope: await h.envelopeOf(staffId), text: 'dashboard', trigger: 't' });
    expect(replies[0]).toMatchObject({ type: 'ephemeral', message: { text: 'Ik heb je een link gestuurd (15 minuten geldig).' } });
    const dm = h.platform.to(`person:${staffId}`).at(-1)!;
    const link = /https?:\/\/\S+?token=[A-Za-z0-9_-]+/.exec(dm.delivery.type === 'post' ? dm.delivery.message.text : '')![0];
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    return page;
  }

  it('a manager logs in with the magic link from the DM and sees the heat map in the right colours', async () => {
    const page = await loginThroughBot(ids.manager!);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-overview.png`, fullPage: false });
    expect(statSync(`${ARTIFACTS}/dashboard-overview.png`).size).toBeLessThan(400 * 1024);
    // The README's picture is refreshed on request only, so a test run never edits tracked files.
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') copyFileSync(`${ARTIFACTS}/dashboard-overview.png`, 'docs/dashboard.png');
    await page.fill('input[name=q]', 'Testzorg');
    await page.click('button[type=submit].primary');
    const row = page.locator('tr[data-partner="Stichting Testzorg Noord"]');
    const cell = (level: string) => row.locator(`td[data-level="${level}"] .cell`);
    expect(await cell('operationeel').getAttribute('data-status')).toBe('red');
    expect(await cell('operationeel').innerText()).toContain('Te lang geleden');
    expect(await cell('tactisch').getAttribute('data-status')).toBe('green');
    expect(await cell('tactisch').innerText()).toContain('Op tijd');
    expect(await cell('strategisch').getAttribute('data-status')).toBe('grey');
    const red = await cell('operationeel').evaluate((el) => getComputedStyle(el).backgroundColor);
    const green = await cell('tactisch').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(red).toBe('rgb(249, 215, 215)');
    expect(green).toBe('rgb(216, 240, 222)');
    expect(await page.locator('svg[role=img]').count()).toBeGreaterThan(0);

    // CSV of the filtered view, downloaded like a person would.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download als CSV')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Stichting Testzorg Noord;');
    expect(csv).toContain('Te lang geleden');

    await page.goto(`${server.base}/dashboard/ritme`);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-rhythm.png`, fullPage: true });
    await page.goto(`${server.base}/dashboard/successen/maanden`);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-success-months.png`, fullPage: true });
    await page.goto(`${server.base}/dashboard/mensen/${ids.lead}`);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-person.png`, fullPage: true });
    await page.goto(`${server.base}/dashboard`);
    await page.click('tbody tr th a');
    expect(new URL(page.url()).pathname).toMatch(/^\/dashboard\/partners\//);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-partner.png`, fullPage: true });
  }, 60_000);

  it('the successes wall filters by slaagfactor', async () => {
    const page = await loginThroughBot(ids.manager!);
    await page.goto(`${server.base}/dashboard/successen`);
    const all = await page.locator('article.card').count();
    expect(all).toBeGreaterThan(1);
    const tag = (await page.locator('select[name=tag] option').nth(1).getAttribute('value'))!;
    await page.selectOption('select[name=tag]', tag);
    await page.click('button[type=submit].primary');
    expect(new URL(page.url()).searchParams.get('tag')).toBe(tag);
    const cards = page.locator('article.card');
    const shown = await cards.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(all);
    for (let i = 0; i < shown; i++) expect(await cards.nth(i).locator('.tag').allInnerTexts()).toContain(tag);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-successes.png`, fullPage: true });
  }, 60_000);

  it('a staff member is refused on the lead\'s team page and the lead\'s person page', async () => {
    const page = await loginThroughBot(ids.staff!);
    const team = await page.goto(`${server.base}/dashboard/ritme?team=${ids.transfer}`);
    expect(team!.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Geen toegang');
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-refused.png` });
    const person = await page.goto(`${server.base}/dashboard/mensen/${ids.lead}`);
    expect(person!.status()).toBe(403);
    await page.goto(`${server.base}/dashboard`);
    expect(await page.locator('h1').innerText()).toBe('Mijn partnerrelaties');
    expect(await page.locator('nav a', { hasText: 'Ritme' }).count()).toBe(0);
  }, 60_000);
});
