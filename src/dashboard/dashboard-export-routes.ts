// CSV export of each table view. Each runs the same scoped query as its page, so
// an export never shows more than the page would.
import type { Router } from 'express';
import { LEVELS } from '../core/register-types.ts';
import { refuse, scopeOf, textFor, viewerOf, type DashboardContext } from './dashboard-context.ts';
import { ZIdParam, ZTeamQuery, parseHeatFilter, parseSuccessQuery } from './dashboard-filters.ts';
import { rhythmSince } from './dashboard-page-routes.ts';
import { sendCsv } from './csv-response.ts';
import { canSeePerson, seesEverything, visibleTeamIdsOf } from './viewer.ts';

const EXPORT_LIMIT = 100_000;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function addExportRoutes(router: Router, ctx: DashboardContext): void {
  router.get('/export.csv', async (req, res) => {
    const { viewer } = viewerOf(res);
    const tx = textFor(ctx.t, viewer.language);
    const overview = await ctx.queries.overview(scopeOf(viewer, ctx.clock.now()), parseHeatFilter(req, EXPORT_LIMIT));
    sendCsv(res, 'overzicht.csv',
      [tx('col_partner'), tx('col_category'), tx('col_status'), ...LEVELS.flatMap((l) => [tx(`level_${l}`), `${tx(`level_${l}`)} (${tx('col_days')})`])],
      overview.rows.map((r) => [r.partnerName, r.categoryName, tx(`status_${r.overall}`), ...r.cells.flatMap((c) => [tx(`status_${c.status}`), c.days])]));
  });

  router.get('/ritme/export.csv', async (req, res) => {
    const { viewer } = viewerOf(res);
    const allowed = visibleTeamIdsOf(viewer);
    const { team } = ZTeamQuery.parse(req.query);
    if (allowed !== null && (allowed.length === 0 || (team && !allowed.includes(team)))) return refuse(ctx, res);
    const rhythm = await ctx.queries.rhythm(viewer.organisationId, team ? [team] : allowed, rhythmSince(ctx.clock.now()));
    const tx = textFor(ctx.t, viewer.language);
    sendCsv(res, 'ritme.csv', [tx('col_team'), tx('col_week'), tx('col_answered'), tx('col_members')],
      rhythm.weeks.map((w) => [w.teamName, w.periodKey, w.answered, w.members]));
  });

  router.get('/successen/export.csv', async (req, res) => {
    const { viewer } = viewerOf(res);
    const { filter } = parseSuccessQuery(req, viewer.timeZone);
    const cards = await ctx.queries.successes(viewer.organisationId, filter, EXPORT_LIMIT);
    const tx = textFor(ctx.t, viewer.language);
    sendCsv(res, 'successen.csv', [tx('col_date'), tx('col_title'), tx('col_story'), tx('col_who'), tx('col_team'), tx('col_partner'), tx('filter_tag')],
      cards.map((c) => [day(c.createdAt), c.title, c.story, c.authorName, c.teamName, c.partnerNames.join(', '), c.tags.join(', ')]));
  });

  router.get('/successen/maanden/export.csv', async (_req, res) => {
    const { viewer } = viewerOf(res);
    if (!seesEverything(viewer)) return refuse(ctx, res);
    const months = await ctx.queries.successMonths(viewer.organisationId, new Date(ctx.clock.now().getTime() - 365 * 86_400_000), viewer.timeZone);
    const tx = textFor(ctx.t, viewer.language);
    sendCsv(res, 'successen-per-maand.csv', [tx('col_month'), tx('col_count')], months.map((m) => [m.month, m.count]));
  });

  router.get('/partners/:id/export.csv', async (req, res) => {
    const { viewer } = viewerOf(res);
    const id = ZIdParam.safeParse(req.params);
    const partner = id.success ? await ctx.queries.partner(scopeOf(viewer, ctx.clock.now()), id.data.id) : null;
    if (!partner) return refuse(ctx, res);
    const tx = textFor(ctx.t, viewer.language);
    sendCsv(res, 'partner.csv', [tx('col_date'), tx('col_what'), tx('col_level'), tx('col_who'), tx('col_note')],
      partner.timeline.map((e) => [day(e.at), tx(`timeline_${e.kind}`), e.level ? tx(`level_${e.level}`) : null, e.who, e.text]));
  });

  router.get('/mensen/:id/export.csv', async (req, res) => {
    const { viewer } = viewerOf(res);
    const id = ZIdParam.safeParse(req.params);
    if (!id.success || !canSeePerson(viewer, id.data.id)) return refuse(ctx, res);
    const person = await ctx.queries.person(scopeOf(viewer, ctx.clock.now()), id.data.id);
    if (!person) return refuse(ctx, res);
    const tx = textFor(ctx.t, viewer.language);
    sendCsv(res, 'partners.csv', [tx('col_partner'), tx('col_category'), tx('col_level'), tx('col_status'), tx('col_days')],
      person.partners.map((a) => [a.partnerName, a.categoryName, tx(`level_${a.level}`), tx(`status_${a.status}`), a.daysSince]));
  });
}
