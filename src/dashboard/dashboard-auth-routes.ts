// Getting in and out: the magic-link login, the embedded person chooser, logout
// (POST + CSRF), and the middleware that turns the cookie into a viewer on every request.
// The Teams tab has no login routes here (it signs in by SSO) and sends the signed-out to its start page.
import type { NextFunction, Request, Response, Router } from 'express';
import { z } from 'zod';
import { createMagicToken, hashMagicToken } from '../features/dashboard-access/magic-token.ts';
import { sendBarePage, textFor, type DashboardContext } from './dashboard-context.ts';
import { renderLayout } from './dashboard-layout.ts';
import { renderChooserBody } from './detail-pages.ts';
import { SESSION_HOURS, buildClearedCookie, buildSessionCookie, isValidCsrf, readSessionToken } from './session-cookie.ts';

const ZToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const ZStaffId = z.string().uuid();
/** Where a login link may land: a dashboard path only (no host, no query), so it cannot redirect elsewhere. */
const ZNext = z.string().max(200).regex(/^\/dashboard(\/[a-z0-9-]+)*$/);

export async function startSession(ctx: DashboardContext, res: Response, staffId: string, next = '/dashboard'): Promise<void> {
  const token = createMagicToken();
  const expiresAt = new Date(ctx.clock.now().getTime() + SESSION_HOURS * 3_600_000);
  await ctx.sessions.createSession(staffId, hashMagicToken(token), expiresAt);
  res.setHeader('Set-Cookie', buildSessionCookie(token, ctx.secureCookies));
  res.redirect(303, next);
}

export function addAuthRoutes(router: Router, ctx: DashboardContext): void {
  // Inside Teams the tab signs in with SSO (teams-tab-routes.ts): no magic link, no chooser.
  if (!ctx.tab) addLoginRoutes(router, ctx);

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const token = readSessionToken(req);
    const viewer = token ? await ctx.sessions.findViewer(hashMagicToken(token), ctx.clock.now()) : null;
    if (!viewer || !token) {
      if (ctx.tab) return void res.redirect(303, `${ctx.base}/start`);
      if (ctx.mode === 'embedded') return void res.redirect(303, '/dashboard/kies');
      return sendBarePage(ctx, req, res, 401, 'login_needed_title', ['login_needed_body', 'login_how']);
    }
    res.locals.viewer = viewer;
    res.locals.token = token;
    if (req.method !== 'GET' && req.method !== 'HEAD' && !isValidCsrf(token, (req.body as Record<string, unknown> | undefined)?.csrf)) {
      return sendBarePage(ctx, req, res, 403, 'csrf_title', ['csrf_body']);
    }
    next();
  });

  router.post('/logout', async (req, res) => {
    await ctx.sessions.endSession(hashMagicToken(res.locals.token as string));
    res.setHeader('Set-Cookie', buildClearedCookie(ctx.secureCookies, Boolean(ctx.tab)));
    sendBarePage(ctx, req, res, 200, 'logged_out_title', [ctx.mode === 'embedded' ? 'logged_out_embedded' : 'logged_out_body']);
  });
}

function addLoginRoutes(router: Router, ctx: DashboardContext): void {
  router.get('/login', async (req, res) => {
    if (ctx.mode !== 'magic-link') return void res.redirect(303, '/dashboard/kies');
    const token = ZToken.safeParse(req.query.token);
    const result = token.success ? await ctx.sessions.redeemMagicLink(hashMagicToken(token.data), ctx.clock.now()) : { ok: false as const, reason: 'unknown' as const };
    if (!result.ok) return sendBarePage(ctx, req, res, 401, 'login_failed_title', [`login_failed_${result.reason}`, 'login_how']);
    const next = ZNext.safeParse(req.query.next);
    await startSession(ctx, res, result.staffId, next.success ? next.data : undefined);
  });

  router.get('/kies', async (req, res) => {
    if (ctx.mode !== 'embedded') return sendBarePage(ctx, req, res, 404, 'not_found_title', ['not_found_body']);
    const tx = textFor(ctx.t, 'nl');
    const people = await ctx.sessions.listPeople();
    // A fresh install without the demo: nobody to choose yet, so set up the organisation first.
    if (people.length === 0 && ctx.hasSetup) return void res.redirect(303, '/dashboard/opzetten');
    res.type('html').send(renderLayout({ viewer: null, lang: 'nl', tx, title: tx('chooser_title'), body: renderChooserBody(tx, people) }));
  });

  // Embedded only (bound to 127.0.0.1, no chat platform): open the dashboard as a demo person.
  router.get('/as', async (req, res) => {
    if (ctx.mode !== 'embedded') return sendBarePage(ctx, req, res, 404, 'not_found_title', ['not_found_body']);
    const staffId = ZStaffId.safeParse(req.query.staff);
    if (!staffId.success || !(await ctx.sessions.staffExists(staffId.data))) return sendBarePage(ctx, req, res, 400, 'unknown_person_title', ['unknown_person_body']);
    await startSession(ctx, res, staffId.data);
  });
}
