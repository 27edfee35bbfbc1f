// What every dashboard route gets, and the per-request helpers: the viewer from
// res.locals, their translator, their scope, and the refusal/page responses.
import type { PlanPorts } from '../features/plan/plan-ports.ts';
import type { CollaborationStore } from '../features/collaboration/collaboration-ports.ts';
import type { PulsePorts } from '../features/pulse/pulse-ports.ts';
import type { Request, Response } from 'express';
import type { Clock } from '../core/clock.ts';
import type { Translate } from '../core/i18n/translator.ts';
import type { DashboardQueries, Scope } from './dashboard-query-ports.ts';
import type { DashboardSessionPorts } from './dashboard-session-ports.ts';
import type { TeamsTabOptions } from './teams-tab-ports.ts';
import { renderLayout, type Section } from './dashboard-layout.ts';
import type { PageText } from './html.ts';
import type { BriefingStore } from '../features/network/briefing-ports.ts';
import type { NetworkStore } from '../features/network/network-ports.ts';
import { renderMessageBody } from './detail-pages.ts';
import { csrfTokenFor } from './session-cookie.ts';
import { visibleStaffIdsOf, type Viewer } from './viewer.ts';

/** The network feature's reads the dashboard shows (directory, coverage, briefing). */
export interface NetworkDashboardPorts { network: NetworkStore; briefings: BriefingStore }

export interface DashboardContext {
  queries: DashboardQueries;
  sessions: DashboardSessionPorts;
  t: Translate;
  clock: Clock;
  mode: 'embedded' | 'magic-link';
  secureCookies: boolean;
  /** The network feature's reads (directory, coverage, briefing); absent in bare test setups. */
  network?: NetworkDashboardPorts;
  /** The yearly plans, for the goals on the partner and person pages. */
  plans?: Pick<PlanPorts, 'listGoals' | 'listGoalsWithPartner'>;
  /** Set when these are the Teams personal tab's pages (under /dashboard/tab, signed in by SSO). */
  tab?: TeamsTabOptions;
  /** Where this router is mounted: '/dashboard', or '/dashboard/tab' for the Teams tab. */
  base: string;
  /** A fresh embedded install can set up its first admin (/dashboard/opzetten). */
  hasSetup?: boolean;
  /** Collaborations, for the list on the partner page. */
  collaborations?: Pick<CollaborationStore, 'listForPartner'>;
  /** The relationship pulse's monthly aggregates, for the partner page. */
  pulse?: Pick<PulsePorts, 'listMonths'>;
}

/** Site links → the same pages under the tab's base, so navigation stays inside the Teams frame. */
function forSurface(ctx: DashboardContext, html: string): string {
  if (ctx.base === '/dashboard') return html;
  return html.replace(/(href|action)="\/dashboard(?=[/"?#])/g, `$1="${ctx.base}`);
}

function tabScripts(ctx: DashboardContext): { scripts?: string[] } {
  return ctx.tab ? { scripts: [ctx.tab.sdkUrl, `${ctx.base}/assets/tab-init.js`] } : {};
}

export function viewerOf(res: Response): { viewer: Viewer; token: string } {
  return res.locals as { viewer: Viewer; token: string };
}

export function textFor(t: Translate, lang: 'nl' | 'en'): PageText {
  return (key, values) => t(lang, `dashboard.${key}`, values);
}

export function scopeOf(viewer: Viewer, now: Date): Scope {
  return { organisationId: viewer.organisationId, staffIds: visibleStaffIdsOf(viewer), now, timeZone: viewer.timeZone };
}

export function sendPage(ctx: DashboardContext, res: Response, title: string, body: string, active?: Section, status = 200): void {
  const { viewer, token } = viewerOf(res);
  const tx = textFor(ctx.t, viewer.language);
  res.status(status).type('html').setHeader('Cache-Control', 'no-store');
  res.send(forSurface(ctx, renderLayout({ viewer, lang: viewer.language, tx, title, body, csrf: csrfTokenFor(token), tab: Boolean(ctx.tab), ...tabScripts(ctx), ...(active ? { active } : {}) })));
}

/** A page without a (valid) session: login errors, refusals before login. */
export function sendBarePage(ctx: DashboardContext, req: Request, res: Response, status: number, title: string, lines: string[]): void {
  const lang = req.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl';
  const tx = textFor(ctx.t, lang);
  res.status(status).type('html').setHeader('Cache-Control', 'no-store');
  res.send(forSurface(ctx, renderLayout({ viewer: null, lang, tx, title: tx(title), body: renderMessageBody(lines.map((l) => tx(l))), tab: Boolean(ctx.tab) })));
}

export function refuse(ctx: DashboardContext, res: Response): void {
  const tx = textFor(ctx.t, viewerOf(res).viewer.language);
  sendPage(ctx, res, tx('forbidden_title'), renderMessageBody([tx('forbidden_body')]), undefined, 403);
}
