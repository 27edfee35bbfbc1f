// The Teams personal tab "Mijn RRO": its start page signs in with Teams SSO (no magic
// link inside Teams). The page's script asks TeamsJS for the Entra ID token and posts it
// here; the token is checked (handed-in verifier), the person found by Teams identity or
// e-mail in the organisation bound to the token's tenant, and a normal dashboard session
// starts with the tab's cookie. The other tab pages are the dashboard's own.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { createMagicToken, hashMagicToken } from '../features/dashboard-access/magic-token.ts';
import { textFor, type DashboardContext } from './dashboard-context.ts';
import { renderLayout } from './dashboard-layout.ts';
import { esc } from './html.ts';
import { SESSION_HOURS, buildTabSessionCookie } from './session-cookie.ts';
import { TAB_INIT_SCRIPT, TAB_SIGN_IN_SCRIPT } from './teams-tab-script.ts';
import type { TeamsTabOptions } from './teams-tab-ports.ts';

// A compact JWS: three base64url parts. Entra tokens are a few kB; 16 kB is generous.
const ZSignIn = z.object({ token: z.string().max(16_000).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/) });

function langOf(req: Request): 'nl' | 'en' {
  return req.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl';
}

function refuse(ctx: DashboardContext, req: Request, res: Response, status: number, reason: string): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.json({ message: ctx.t(langOf(req), `teams-tab.refused_${reason}`) });
}

export function addTeamsTabRoutes(router: Router, ctx: DashboardContext, tab: TeamsTabOptions): void {
  const script = (body: string) => (_req: Request, res: Response) => {
    res.type('application/javascript').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(body);
  };
  router.get('/assets/tab-sign-in.js', script(TAB_SIGN_IN_SCRIPT));
  router.get('/assets/tab-init.js', script(TAB_INIT_SCRIPT));

  router.get('/start', (req, res) => {
    const lang = langOf(req);
    const tt = (key: string) => ctx.t(lang, `teams-tab.${key}`);
    const status = `<p id="tab-status" role="status" aria-live="polite" data-post="${ctx.base}/sso"` +
      ` data-signing-in="${esc(tt('signing_in'))}" data-failed="${esc(tt('refused_no_token'))}">${esc(tt('outside_teams'))}</p>`;
    res.status(200).type('html').setHeader('Cache-Control', 'no-store');
    res.send(renderLayout({
      viewer: null, lang, tx: textFor(ctx.t, lang), title: tt('start_title'), body: status, tab: true,
      scripts: [tab.sdkUrl, `${ctx.base}/assets/tab-sign-in.js`],
    }));
  });

  // JSON only: a cross-site form cannot send application/json without a CORS preflight,
  // which this route never answers, so nobody can sign a visitor in with their own token.
  router.post('/sso', express.json({ limit: '20kb', type: 'application/json' }), async (req, res) => {
    if (!req.is('application/json')) return refuse(ctx, req, res, 415, 'malformed');
    const body = ZSignIn.safeParse(req.body);
    if (!body.success) return refuse(ctx, req, res, 400, 'malformed');
    const checked = await tab.verifyToken(body.data.token);
    if (!checked.ok) return refuse(ctx, req, res, checked.reason === 'keys_unavailable' ? 503 : 401, checked.reason === 'keys_unavailable' ? 'keys_unavailable' : 'token');
    const match = await ctx.sessions.findTeamsStaff(checked.user);
    if (!match.ok) return refuse(ctx, req, res, 403, match.reason);
    const token = createMagicToken();
    await ctx.sessions.createSession(match.staffId, hashMagicToken(token), new Date(ctx.clock.now().getTime() + SESSION_HOURS * 3_600_000));
    res.setHeader('Set-Cookie', buildTabSessionCookie(token, ctx.secureCookies));
    res.setHeader('Cache-Control', 'no-store');
    res.json({ next: `${ctx.base}/` });
  });
}
