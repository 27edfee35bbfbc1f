// The web dashboard as one express Router, mounted at /dashboard by main.ts.
// 'embedded' (playground on 127.0.0.1, no chat platform): pick a demo person;
// 'magic-link': log in with the single-use link the bot sends (`/rro dashboard`).
// With `tab` it is the Teams personal tab instead, mounted at /dashboard/tab: the same
// pages without the site chrome, signed in by Teams SSO, framable by Teams only.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Clock } from '../core/clock.ts';
import { isRequestError } from '../http/request-errors.ts';
import { loopbackOnly } from '../http/loopback.ts';
import type { Translate } from '../core/i18n/translator.ts';
import { addAuthRoutes, startSession } from './dashboard-auth-routes.ts';
import { sendBarePage, type DashboardContext } from './dashboard-context.ts';
import { DASHBOARD_CSS } from './dashboard-css.ts';
import { addExportRoutes } from './dashboard-export-routes.ts';
import { addPageRoutes } from './dashboard-page-routes.ts';
import type { DashboardQueries } from './dashboard-query-ports.ts';
import type { DashboardSessionPorts } from './dashboard-session-ports.ts';
import { addCommitmentRoutes } from './commitment-routes.ts';
import { addNetworkRoutes } from './network-routes.ts';
import { addPlanRoutes } from './plan-routes.ts';
import { addTeamsTabRoutes } from './teams-tab-routes.ts';
import { TEAMS_FRAME_ANCESTORS, type TeamsTabOptions } from './teams-tab-ports.ts';
import { addCollaborationRoutes, type CollaborationDashboardPorts } from './collaboration-routes.ts';
import { addPrivacyRoutes } from './privacy-admin-routes.ts';
import { addRegisterAdminRoutes } from './beheer/register-admin-routes.ts';
import type { RegisterAdminPorts } from './beheer/register-admin-ports.ts';
import { addBeheerOrgRoutes } from './beheer/add-beheer-org-routes.ts';
import type { BeheerOrgPorts } from './beheer/beheer-org-ports.ts';
import { addImportRoutes, addImportUpload } from './beheer/import-routes.ts';
import type { ImportWizardPorts } from './beheer/import-ports.ts';
import { addFirstAdminRoutes } from './first-admin-routes.ts';
import type { FirstAdminPorts } from './first-admin-ports.ts';
import { addDigestRoutes, type DigestFiguresOf } from './digest-routes.ts';
import type { CommitmentPorts } from '../features/commitments/commitment-ports.ts';
import type { PlanPorts } from '../features/plan/plan-ports.ts';
import type { PulsePorts } from '../features/pulse/pulse-ports.ts';
import type { PrivacyPorts } from '../privacy/privacy-ports.ts';
import type { LapseQuery } from '../register/list-my-partners.ts';
import type { NetworkDashboardPorts } from './dashboard-context.ts';

export interface DashboardRouterOptions {
  /** Built by main on the store (src/store/dashboard-queries.ts, dashboard-session-store.ts). */
  queries: DashboardQueries;
  sessions: DashboardSessionPorts;
  /** The features' reads and writes behind the network, plan, commitment and privacy pages (main builds them). */
  network: NetworkDashboardPorts;
  plans: PlanPorts;
  lapse: LapseQuery;
  commitments: CommitmentPorts;
  privacy: PrivacyPorts;
  /** The register's beheer pages (partners, assignments, reassign queue). */
  registerAdmin: RegisterAdminPorts;
  /** Rubrieken, medewerkers and teams beheer (src/store/beheer-org-store.ts). */
  beheerOrg: BeheerOrgPorts;
  /** A team's rhythm or members changed in beheer: the runtime reloads the schedule. */
  onTeamSaved?: () => void;
  /** The import wizard's drafts and the register import; absent in bare test setups. */
  imports?: ImportWizardPorts;
  /** The first admin of a fresh playground install; absent in bare test setups. */
  setup?: FirstAdminPorts;
  /** Collaborations and their quick scans (absent in bare test setups). */
  collaborations?: CollaborationDashboardPorts;
  /** The relationship pulse's monthly aggregates (partner page). */
  pulse?: Pick<PulsePorts, 'listMonths'>;
  /** The management digest's figures (the printable page /dashboard/digest/<YYYY-MM>). */
  digest?: DigestFiguresOf;
  mode: 'embedded' | 'magic-link';
  t: Translate;
  clock: Clock;
  /** Set the cookie's Secure flag (behind HTTPS). */
  secureCookies: boolean;
  log?: { error(obj: object, msg: string): void };
  /** The Teams personal tab (mount at /dashboard/tab, before /dashboard): SSO instead of magic links. */
  tab?: TeamsTabOptions;
}

const SITE_CSP = "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'none'; form-action 'self'; frame-ancestors 'none'";

/** The tab's pages run TeamsJS and our two scripts, and only Teams may frame them. */
function tabCsp(tab: TeamsTabOptions): string {
  return `default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self' ${new URL(tab.sdkUrl).origin}; ` +
    `connect-src 'self'; form-action 'self'; frame-ancestors ${TEAMS_FRAME_ANCESTORS.join(' ')}`;
}

export function createDashboardRouter(opts: DashboardRouterOptions): Router {
  const ctx: DashboardContext = {
    queries: opts.queries,
    sessions: opts.sessions,
    t: opts.t, clock: opts.clock, mode: opts.mode, secureCookies: opts.secureCookies,
    network: opts.network,
    plans: opts.plans,
    base: opts.tab ? '/dashboard/tab' : '/dashboard',
    ...(opts.tab ? { tab: opts.tab } : {}),
    hasSetup: opts.setup !== undefined && opts.mode === 'embedded',
    ...(opts.collaborations ? { collaborations: opts.collaborations.collaborations } : {}),
    ...(opts.pulse ? { pulse: opts.pulse } : {}),
  };
  const router = express.Router();
  const csp = opts.tab ? tabCsp(opts.tab) : SITE_CSP;
  router.use((_req, res, next) => {
    // X-Frame-Options has no allow-list: the tab relies on frame-ancestors alone.
    if (!opts.tab) res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer'); // keeps the login token out of Referer headers
    res.setHeader('Content-Security-Policy', csp);
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
  if (opts.tab) addTeamsTabRoutes(router, ctx, opts.tab);
  router.use(express.urlencoded({ extended: false, limit: '10kb' }));
  if (opts.imports) addImportUpload(router);
  if (opts.setup) addFirstAdminRoutes(router, ctx, opts.setup, (res, staffId) => startSession(ctx, res, staffId));
  addAuthRoutes(router, ctx);
  addPageRoutes(router, ctx);
  addExportRoutes(router, ctx);
  addPrivacyRoutes(router, ctx, opts.privacy);
  addBeheerOrgRoutes(router, ctx, opts.beheerOrg, opts.onTeamSaved);
  addNetworkRoutes(router, ctx, opts.network);
  addPlanRoutes(router, ctx, opts.plans, opts.lapse);
  addCommitmentRoutes(router, ctx, opts.commitments);
  addRegisterAdminRoutes(router, ctx, opts.registerAdmin);
  if (opts.imports) addImportRoutes(router, ctx, opts.imports, { playground: opts.mode === 'embedded' });
  if (opts.collaborations) addCollaborationRoutes(router, ctx, opts.collaborations);
  if (opts.digest) addDigestRoutes(router, ctx, opts.digest);
  router.use((req: Request, res: Response) => sendBarePage(ctx, req, res, 404, 'not_found_title', ['not_found_body']));
  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    // A body that cannot be read is the caller's fault: the app's JSON 4xx answers it.
    if (isRequestError(err)) return next(err);
    opts.log?.error({ err }, 'dashboard-verzoek mislukt');
    sendBarePage(ctx, req, res, 500, 'error_title', ['error_body']);
  });
  return router;
}
