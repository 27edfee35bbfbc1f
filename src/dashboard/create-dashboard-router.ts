// The web dashboard as one express Router, mounted at /dashboard by main.ts.
// 'embedded' (playground on 127.0.0.1, no chat platform): pick a demo person;
// 'magic-link': log in with the single-use link the bot sends (`/rro dashboard`).
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Clock } from '../core/clock.ts';
import { isRequestError } from '../http/request-errors.ts';
import { loopbackOnly } from '../http/loopback.ts';
import type { Translate } from '../core/i18n/translator.ts';
import { createDashboardQueries } from '../store/dashboard-queries.ts';
import { createDashboardSessionStore } from '../store/dashboard-session-store.ts';
import { createPrivacyStore } from '../store/privacy-store.ts';
import type { Database } from '../store/database.ts';
import { addAuthRoutes } from './dashboard-auth-routes.ts';
import { sendBarePage, type DashboardContext } from './dashboard-context.ts';
import { DASHBOARD_CSS } from './dashboard-css.ts';
import { addExportRoutes } from './dashboard-export-routes.ts';
import { addPageRoutes } from './dashboard-page-routes.ts';
import { addPrivacyRoutes } from './privacy-admin-routes.ts';
import { addNetworkRoutes } from './network-routes.ts';
import { addCommitmentRoutes } from './commitment-routes.ts';
import { addPlanRoutes } from './plan-routes.ts';
import { createBriefingStore } from '../store/briefing-query.ts';
import { createCommitmentStore } from '../store/commitment-store.ts';
import { createLapseQuery } from '../store/lapse-query.ts';
import { createNetworkStore } from '../store/network-store.ts';
import { createPlanStore } from '../store/plan-store.ts';

export interface DashboardRouterOptions {
  db: Database;
  mode: 'embedded' | 'magic-link';
  t: Translate;
  clock: Clock;
  /** Set the cookie's Secure flag (behind HTTPS). */
  secureCookies: boolean;
  log?: { error(obj: object, msg: string): void };
}

export function createDashboardRouter(opts: DashboardRouterOptions): Router {
  const ctx: DashboardContext = {
    queries: createDashboardQueries(opts.db),
    sessions: createDashboardSessionStore(opts.db.prisma),
    t: opts.t, clock: opts.clock, mode: opts.mode, secureCookies: opts.secureCookies,
    network: { network: createNetworkStore(opts.db, () => opts.clock.now()), briefings: createBriefingStore(opts.db.prisma) },
  };
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer'); // keeps the login token out of Referer headers
    res.setHeader('Content-Security-Policy', "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'none'; form-action 'self'; frame-ancestors 'none'");
    next();
  });
  if (opts.mode === 'embedded') {
    // Embedded mode has no login (anyone may pick a person), so only this machine may use it.
    router.use(loopbackOnly('Het dashboard zonder chatplatform is alleen bereikbaar vanaf deze computer (127.0.0.1). / Only reachable from this machine.'));
  }
  router.get('/assets/dashboard.css', (_req, res) => {
    res.type('text/css').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(DASHBOARD_CSS);
  });
  router.use(express.urlencoded({ extended: false, limit: '10kb' }));
  addAuthRoutes(router, ctx);
  addPageRoutes(router, ctx);
  addExportRoutes(router, ctx);
  addPrivacyRoutes(router, ctx, createPrivacyStore(opts.db));
  addNetworkRoutes(router, ctx, ctx.network!);
  addPlanRoutes(router, ctx, createPlanStore(opts.db.prisma), createLapseQuery(opts.db));
  addCommitmentRoutes(router, ctx, createCommitmentStore(opts.db.prisma));
  router.use((req: Request, res: Response) => sendBarePage(ctx, req, res, 404, 'not_found_title', ['not_found_body']));
  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    // A body that cannot be read is the caller's fault: the app's JSON 4xx answers it.
    if (isRequestError(err)) return next(err);
    opts.log?.error({ err }, 'dashboard-verzoek mislukt');
    sendBarePage(ctx, req, res, 500, 'error_title', ['error_body']);
  });
  return router;
}
