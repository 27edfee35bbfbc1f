// The Teams personal tab "Mijn RRO" with single sign-on, against a local key set
// standing in for Entra ID (no Microsoft host). Over HTTP: the sign-in post maps the
// token to staff (Teams identity, e-mail), refuses unknown people, unbound tenants and
// cross-site form posts, and the tab's headers let only Teams frame it. In headless
// Chromium: the tab page with TeamsJS stood in (its CDN URL answered by the test, every
// other non-loopback request aborted) shows my partners, and refuses a forged or expired token.
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntraTokenVerifier } from '../../adapters/teams/entra-token.ts';
import { TEAMS_JS_SDK_URL } from '../../src/dashboard/teams-tab-ports.ts';
import { buildTabSessionCookie } from '../../src/dashboard/session-cookie.ts';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { CLIENT_ID, OTHER_TENANT, RESOURCE, TENANT, startEntraStandIn, type EntraStandIn } from '../support/entra-stand-in.ts';
import { startDashboardServer } from './dashboard-server.ts';

import { CHROMIUM, launchChromium } from '../support/chromium.ts';
// docs/screenshots/ only when asked (UPDATE_DOCS_SCREENSHOTS=1): a test run leaves the tree as it was.
const SHOTS = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-artifacts/screenshots';
const DAY = 86_400_000;
const SANNE_OID = '0b6f2d4c-3a1e-4f5b-8c9d-7e6a5b4c3d21';
const LEAD_EMAIL = 'marieke.vanderlinden@zorg.example';

describe('Teams personal tab with single sign-on', () => {
  let h: BotHarness;
  let entra: EntraStandIn;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await createBotHarness({ now: new Date(), features: () => [] });
    entra = await startEntraStandIn();
    // The verifier trusts two tenants here so the organisation binding is tested on its own.
    const verifyToken = createEntraTokenVerifier({ clientId: CLIENT_ID, resource: RESOURCE, tenantIds: [TENANT, OTHER_TENANT], jwksUrl: entra.jwksUrl });
    server = await startDashboardServer(h.db, h.clock, 'magic-link', { verifyToken, sdkUrl: TEAMS_JS_SDK_URL });
    const org = await h.db.prisma.organisation.findFirstOrThrow();
    await h.db.prisma.organisation.update({ where: { id: org.id }, data: { platform: 'teams', externalId: TENANT } });
    const person = async (name: string) => (await h.db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    ids.staff = await person('Sanne de Graaf');
    ids.lead = await person('Marieke van der Linden');
    await h.db.prisma.staffIdentity.create({ data: { staffId: ids.staff, platform: 'teams', platformOrgId: TENANT, platformUserId: SANNE_OID } });
    await h.db.prisma.staff.update({ where: { id: ids.lead }, data: { email: LEAD_EMAIL } });
    const category = await h.db.prisma.category.findFirstOrThrow({ where: { organisationId: org.id }, orderBy: { maxIntervalDays: 'asc' } });
    const partner = await h.db.prisma.partner.create({ data: { organisationId: org.id, name: 'Stichting Tabzorg West', categoryId: category.id } });
    await h.db.prisma.assignment.create({ data: { staffId: ids.staff, partnerId: partner.id, level: 'operationeel' } });
    await h.db.prisma.contactMoment.create({ data: { partnerId: partner.id, staffId: ids.staff, level: 'operationeel', occurredAt: new Date(Date.now() - (category.maxIntervalDays + 30) * DAY) } });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await entra?.close();
    await h?.close();
  });

  const signIn = (body: string, contentType = 'application/json') =>
    fetch(`${server.base}/dashboard/tab/sso`, { method: 'POST', headers: { 'content-type': contentType }, body, redirect: 'manual' });

  describe('over HTTP', () => {
    it('signs in by Teams identity (oid) and by e-mail, and the session opens the tab pages', async () => {
      const bySsoIdentity = await signIn(JSON.stringify({ token: await entra.sign({ oid: SANNE_OID }) }));
      expect(bySsoIdentity.status).toBe(200);
      expect(await bySsoIdentity.json()).toEqual({ next: '/dashboard/tab/' });
      const cookie = bySsoIdentity.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^rro_dashboard=[A-Za-z0-9_-]+; Path=\/dashboard; HttpOnly; SameSite=Lax; Max-Age=28800$/);
      const page = await fetch(`${server.base}/dashboard/tab/`, { headers: { cookie: cookie.split(';')[0]! } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Stichting Tabzorg West');
      expect(html).not.toContain('<strong>RRO-bot</strong>');
      expect(html).not.toMatch(/(href|action)="\/dashboard(?!\/tab[/"?#])/);

      const byEmail = await signIn(JSON.stringify({ token: await entra.sign({ oid: '11111111-2222-4333-8444-555555555555', preferred_username: 'Marieke.vanderLinden@zorg.example' }) }));
      expect(byEmail.status).toBe(200);
      const lead = await fetch(`${server.base}/dashboard/tab/mensen/${ids.lead}`, { headers: { cookie: byEmail.headers.get('set-cookie')!.split(';')[0]! } });
      expect(lead.status).toBe(200);
    });

    it('refuses an unknown person, a tenant no organisation is bound to, a bad token and a form post', async () => {
      const unknown = await signIn(JSON.stringify({ token: await entra.sign({ oid: '99999999-2222-4333-8444-555555555555', preferred_username: 'nobody@zorg.example' }) }));
      expect(unknown.status).toBe(403);
      expect((await unknown.json()).message).toContain('hoort bij geen medewerker');
      expect(unknown.headers.get('set-cookie')).toBeNull();
      const unbound = await signIn(JSON.stringify({ token: await entra.sign({ oid: SANNE_OID, tid: OTHER_TENANT }) }));
      expect(unbound.status).toBe(403);
      expect((await unbound.json()).message).toContain('niet gekoppeld');
      const forged = await signIn(JSON.stringify({ token: await entra.sign({ oid: SANNE_OID }, { forged: true }) }));
      expect(forged.status).toBe(401);
      expect(forged.headers.get('set-cookie')).toBeNull();
      expect((await signIn(JSON.stringify({ token: 'geen token' }))).status).toBe(400);
      // A cross-site HTML form can only send form encoding: refused, so nobody is signed in as someone else.
      const form = await signIn(`token=${await entra.sign({ oid: SANNE_OID })}`, 'application/x-www-form-urlencoded');
      expect(form.status).toBe(415);
      expect(form.headers.get('set-cookie')).toBeNull();
    });

    it('lets Teams, and only Teams, frame the tab; the site dashboard stays unframable; no magic link in the tab', async () => {
      const tab = await fetch(`${server.base}/dashboard/tab/start`);
      const csp = tab.headers.get('content-security-policy')!;
      expect(csp).toContain('frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com https://teams.cloud.microsoft');
      expect(csp).toContain("script-src 'self' https://res.cdn.office.net;");
      expect(tab.headers.get('x-frame-options')).toBeNull();
      const site = await fetch(`${server.base}/dashboard/login?token=x`);
      expect(site.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(site.headers.get('x-frame-options')).toBe('DENY');
      expect((await fetch(`${server.base}/dashboard/tab/login?token=${'a'.repeat(30)}`, { redirect: 'manual' })).headers.get('location')).toBe('/dashboard/tab/start');
      expect((await fetch(`${server.base}/dashboard/tab/`, { redirect: 'manual' })).headers.get('location')).toBe('/dashboard/tab/start');
    });

    it('behind HTTPS the tab cookie is SameSite=None; Secure; Partitioned (it lives in a third-party frame)', () => {
      expect(buildTabSessionCookie('t'.repeat(30), true)).toBe(`rro_dashboard=${'t'.repeat(30)}; Path=/dashboard; HttpOnly; SameSite=None; Secure; Partitioned; Max-Age=28800`);
    });
  });

  describe.skipIf(!existsSync(CHROMIUM))('in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => browser?.close());

    /** A browser where TeamsJS is a stand-in handing the tab this token; nothing leaves 127.0.0.1. */
    async function teamsWith(token: string): Promise<{ context: BrowserContext; sdkLoads: () => number }> {
      const context = await browser.newContext({ viewport: { width: 1000, height: 760 }, locale: 'nl-NL' });
      let loads = 0;
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === TEAMS_JS_SDK_URL) {
          loads++;
          return route.fulfill({ contentType: 'application/javascript', body: `window.microsoftTeams = { app: { initialize: function () { return Promise.resolve(); } }, authentication: { getAuthToken: function () { return Promise.resolve(${JSON.stringify(token)}); } } };` });
        }
        return url.startsWith('http://127.0.0.1:') ? route.continue() : route.abort();
      });
      return { context, sdkLoads: () => loads };
    }

    it('signs in without a link and shows my partners with their status, my page and the directory search', async () => {
      const { context, sdkLoads } = await teamsWith(await entra.sign({ oid: SANNE_OID }));
      const page = await context.newPage();
      await page.goto(`${server.base}/dashboard/tab/start`);
      await page.waitForURL(`${server.base}/dashboard/tab/`, { timeout: 15_000 });
      expect(sdkLoads()).toBeGreaterThanOrEqual(1);
      expect(await page.locator('h1').innerText()).toBe('Mijn partnerrelaties');
      const cell = page.locator('tr[data-partner="Stichting Tabzorg West"] td[data-level="operationeel"] .cell');
      expect(await cell.getAttribute('data-status')).toBe('red');
      expect(await cell.innerText()).toContain('Te lang geleden');
      expect(await page.locator('header.top strong', { hasText: 'RRO-bot' }).count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/teams-tab-partners.png` });

      await page.click(`nav a[href="/dashboard/tab/mensen/${ids.staff}"]`);
      expect(new URL(page.url()).pathname).toBe(`/dashboard/tab/mensen/${ids.staff}`);
      expect(await page.locator('h1').innerText()).toBe('Sanne de Graaf');
      await page.screenshot({ path: `${SHOTS}/teams-tab-me.png`, fullPage: true });

      await page.click('nav a[href="/dashboard/tab/wie"]');
      expect(new URL(page.url()).pathname).toBe('/dashboard/tab/wie');
      await page.locator('main input[name=q]').first().fill('palliatieve zorg');
      await page.locator('main input[name=q]').first().press('Enter');
      await page.waitForURL(/\/dashboard\/tab\/wie\?q=/);
      expect(await page.locator('main').innerText()).toContain('Thijs Verhoeven');
      await page.screenshot({ path: `${SHOTS}/teams-tab-directory.png`, fullPage: true });
      await context.close();
    }, 60_000);

    for (const [kind, token] of [
      ['forged', () => entra.sign({ oid: SANNE_OID }, { forged: true })],
      ['expired', () => entra.sign({ oid: SANNE_OID, expiresIn: -600 })],
    ] as const) {
      it(`refuses a ${kind} token: the message stays on the start page and no page opens`, async () => {
        const { context } = await teamsWith(await token());
        const page = await context.newPage();
        await page.goto(`${server.base}/dashboard/tab/start`);
        await page.locator('#tab-status', { hasText: 'niet geldig of verlopen' }).waitFor({ timeout: 15_000 });
        expect(new URL(page.url()).pathname).toBe('/dashboard/tab/start');
        expect(await context.cookies()).toEqual([]);
        if (kind === 'forged') await page.screenshot({ path: `${SHOTS}/teams-tab-refused.png` });
        const after = await page.goto(`${server.base}/dashboard/tab/`);
        expect(new URL(after!.url()).pathname).toBe('/dashboard/tab/start');
        await context.close();
      }, 60_000);
    }

    it('opened outside Teams (no TeamsJS) the start page says to open it in Teams', async () => {
      const context = await browser.newContext({ locale: 'nl-NL' });
      await context.route('**/*', (route) => (route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.goto(`${server.base}/dashboard/tab/start`);
      expect(await page.locator('#tab-status').innerText()).toContain('Dit tabblad hoort in Microsoft Teams');
      await context.close();
    }, 60_000);
  });
});
