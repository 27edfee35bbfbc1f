// The pages. Every handler derives what it may show from the viewer (role checked
// server-side on each request) and refuses with 403 what lies outside it.
import type { Router } from 'express';
import { refuse, scopeOf, sendPage, textFor, viewerOf, type DashboardContext } from './dashboard-context.ts';
import { renderPartnerCollaborations } from './collaboration-pages.ts';
import { collaborationText } from './collaboration-routes.ts';
import { ZIdParam, ZTeamQuery, parseHeatFilter, parseSuccessQuery } from './dashboard-filters.ts';
import { renderPartnerBody, renderPersonBody } from './detail-pages.ts';
import { renderPartnerGoals, renderPersonGoals } from './goal-progress-marks.ts';
import type { PlanText } from './plan-page.ts';
import { localDateOf } from '../domain/period-key.ts';
import { renderBriefingSections, renderNetworkOverview } from './network-pages.ts';
import { coverageCountsFor, networkText } from './network-routes.ts';
import { renderOverviewBody } from './overview-page.ts';
import { renderPulseSection } from './pulse-section.ts';
import { pulseMonthOf } from '../domain/relationship-pulse.ts';
import { DateTime } from 'luxon';
import { renderRhythmBody } from './rhythm-page.ts';
import { renderSuccessMonthsBody, renderSuccessesBody } from './successes-page.ts';
import { csrfTokenFor } from './session-cookie.ts';
import { listTrendWeekEnds } from '../domain/trend-weeks.ts';
import { canSeePerson, seesEverything, visibleTeamIdsOf } from './viewer.ts';

const RHYTHM_WEEKS = 8;
const WALL_LIMIT = 60;
/** Months of relationship pulse on the partner page. */
const PULSE_MONTHS = 12;

export function rhythmSince(now: Date): Date {
  return new Date(now.getTime() - RHYTHM_WEEKS * 7 * 86_400_000);
}

function planText(ctx: DashboardContext, lang: 'nl' | 'en'): PlanText {
  return (key, values) => ctx.t(lang, `dashboard-plan.${key}`, values);
}

export function addPageRoutes(router: Router, ctx: DashboardContext): void {
  router.get('/', async (req, res) => {
    const { viewer } = viewerOf(res);
    const now = ctx.clock.now();
    const scope = scopeOf(viewer, now);
    const filter = parseHeatFilter(req);
    const [overview, trend, categories, gaps] = await Promise.all([
      ctx.queries.overview(scope, filter),
      ctx.queries.trend(scope, listTrendWeekEnds(now, viewer.timeZone)),
      ctx.queries.categories(viewer.organisationId),
      ctx.network ? coverageCountsFor(ctx.network, viewer) : null,
    ]);
    const tx = textFor(ctx.t, viewer.language);
    const network = gaps ? renderNetworkOverview(networkText(ctx.t, viewer), gaps) : '';
    sendPage(ctx, res, tx(seesEverything(viewer) ? 'overview_title_all' : 'overview_title_mine'), network + renderOverviewBody(tx, { overview, trend, categories, filter }), 'overview');
  });

  router.get('/ritme', async (req, res) => {
    const { viewer } = viewerOf(res);
    const allowed = visibleTeamIdsOf(viewer);
    const { team } = ZTeamQuery.parse(req.query);
    if (allowed !== null && (allowed.length === 0 || (team && !allowed.includes(team)))) return refuse(ctx, res);
    const teamIds = team ? [team] : allowed;
    const [rhythm, teams] = await Promise.all([
      ctx.queries.rhythm(viewer.organisationId, teamIds, rhythmSince(ctx.clock.now())),
      ctx.queries.teams(viewer.organisationId, allowed),
    ]);
    const tx = textFor(ctx.t, viewer.language);
    sendPage(ctx, res, tx('rhythm_title'), renderRhythmBody(tx, { rhythm, teams, teamId: team }), 'rhythm');
  });

  router.get('/successen', async (req, res) => {
    const { viewer } = viewerOf(res);
    const { query, filter } = parseSuccessQuery(req, viewer.timeZone);
    const [cards, teams, partners, tags] = await Promise.all([
      ctx.queries.successes(viewer.organisationId, filter, WALL_LIMIT),
      ctx.queries.teams(viewer.organisationId, null),
      ctx.queries.partnersWithSuccesses(viewer.organisationId),
      ctx.queries.tags(viewer.organisationId),
    ]);
    const tx = textFor(ctx.t, viewer.language);
    sendPage(ctx, res, tx('successes_title'), renderSuccessesBody(tx, { cards, teams, partners, tags, query, showMonths: seesEverything(viewer), lang: viewer.language }), 'successes');
  });

  router.get('/successen/maanden', async (_req, res) => {
    const { viewer } = viewerOf(res);
    if (!seesEverything(viewer)) return refuse(ctx, res);
    const months = await ctx.queries.successMonths(viewer.organisationId, new Date(ctx.clock.now().getTime() - 365 * 86_400_000), viewer.timeZone);
    const tx = textFor(ctx.t, viewer.language);
    sendPage(ctx, res, tx('successes_months_title'), renderSuccessMonthsBody(tx, months), 'successes');
  });

  router.get('/partners/:id', async (req, res) => {
    const { viewer } = viewerOf(res);
    const id = ZIdParam.safeParse(req.params);
    const partner = id.success ? await ctx.queries.partner(scopeOf(viewer, ctx.clock.now()), id.data.id) : null;
    if (!partner) return refuse(ctx, res);
    const now = ctx.clock.now();
    const briefing = await ctx.network?.briefings.loadBriefing(partner.id, 'local', new Date(now.getTime() - 365 * 86_400_000));
    const year = Number(localDateOf(now, viewer.timeZone).slice(0, 4));
    const goals = ctx.plans ? renderPartnerGoals(planText(ctx, viewer.language), year, await ctx.plans.listGoalsWithPartner(partner.id, year), (s) => canSeePerson(viewer, s)) : '';
    const extra = briefing ? renderBriefingSections(networkText(ctx.t, viewer), briefing, now) : '';
    const collaborations = ctx.collaborations ? renderPartnerCollaborations(collaborationText(ctx, viewer), await ctx.collaborations.listForPartner(viewer.organisationId, partner.id)) : '';
    const pulse = ctx.pulse ? renderPulseSection((key, values) => ctx.t(viewer.language, `pulse.${key}`, values), partner.name,
      await ctx.pulse.listMonths(partner.id, pulseMonthOf(DateTime.fromJSDate(now).minus({ months: PULSE_MONTHS - 1 }).toJSDate(), viewer.timeZone)), viewer.language) : '';
    sendPage(ctx, res, partner.name, renderPartnerBody(textFor(ctx.t, viewer.language), partner, viewer.language, (s) => canSeePerson(viewer, s)) + pulse + goals + collaborations + extra);
  });

  router.get('/mensen/:id', async (req, res) => {
    const { viewer } = viewerOf(res);
    const id = ZIdParam.safeParse(req.params);
    if (!id.success || !canSeePerson(viewer, id.data.id)) return refuse(ctx, res);
    const person = await ctx.queries.person(scopeOf(viewer, ctx.clock.now()), id.data.id);
    if (!person) return refuse(ctx, res);
    const own = id.data.id === viewer.staffId;
    const closeWith = own ? { csrf: csrfTokenFor(viewerOf(res).token), label: (s: string) => ctx.t(viewer.language, `commitment.button_${s}`) } : undefined;
    const month = localDateOf(ctx.clock.now(), viewer.timeZone).slice(0, 7);
    const year = Number(month.slice(0, 4));
    const goals = ctx.plans ? renderPersonGoals(planText(ctx, viewer.language), year, await ctx.plans.listGoals([person.id], year), month, viewer.language) : '';
    sendPage(ctx, res, person.name, renderPersonBody(textFor(ctx.t, viewer.language), person, closeWith) + goals, own ? 'me' : undefined);
  });
}
