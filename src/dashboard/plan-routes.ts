// The plan pages: "Mijn plan" (view, edit, print), another person's plan (read
// only, for whoever may see that person) and the team overview for leads and
// management. Writes go through the plan store's own use (saveGoal) after zod
// validation and the BSN check, like every other input.
import type { Router } from 'express';
import { z } from 'zod';
import { containsBsn } from '../domain/bsn.ts';
import { localDateOf } from '../domain/period-key.ts';
import { judgeGoalWith } from '../features/plan/goal-words.ts';
import type { PlanPorts } from '../features/plan/plan-ports.ts';
import type { LapseQuery } from '../register/list-my-partners.ts';
import { readGoalValues } from '../features/plan/read-goal-values.ts';
import { refuse, sendPage, viewerOf, type DashboardContext } from './dashboard-context.ts';
import { renderExampleFigure, renderPlanBody, renderTeamPlansBody, type PlanText, type TeamPlanRow } from './plan-page.ts';
import { csrfTokenFor } from './session-cookie.ts';
import { canSeePerson, visibleStaffIdsOf, type Viewer } from './viewer.ts';

const ZPlanQuery = z.object({
  staff: z.uuid().optional().catch(undefined),
  jaar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  advies: z.uuid().optional().catch(undefined),
});
const ZGoalPost = z.object({ goal: z.union([z.literal(''), z.uuid()]).default('') });

export function addPlanRoutes(router: Router, ctx: DashboardContext, plans: PlanPorts, lapse: LapseQuery): void {
  const textOf = (viewer: Viewer): PlanText => (key, values) => ctx.t(viewer.language, `dashboard-plan.${key}`, values);
  const yearNow = (viewer: Viewer) => Number(localDateOf(ctx.clock.now(), viewer.timeZone).slice(0, 4));

  async function showPlan(res: Parameters<Parameters<Router['get']>[1]>[1], staffId: string, year: number, notice: string | null, status = 200) {
    const { viewer, token } = viewerOf(res);
    const tx = textOf(viewer);
    const [goals, assignments] = await Promise.all([
      plans.listGoals([staffId], year),
      plans.listAssignments(viewer.organisationId, [staffId]),
    ]);
    const own = staffId === viewer.staffId;
    const name = assignments[0]?.staffName ?? viewer.name;
    const title = own ? tx('title_mine', { year }) : tx('title_of', { year, name });
    sendPage(ctx, res, title, renderPlanBody(tx, { year, goals, assignments, editable: own, csrf: csrfTokenFor(token), notice }), own ? 'plan' : 'plans', status);
  }

  router.get('/plan', async (req, res) => {
    const { viewer } = viewerOf(res);
    const q = ZPlanQuery.parse(req.query);
    const staffId = q.staff ?? viewer.staffId;
    if (!canSeePerson(viewer, staffId)) return refuse(ctx, res);
    const advised = q.advies ? await plans.findGoal(q.advies) : null;
    const notice = advised && advised.staffId === viewer.staffId ? adviceFor(ctx, textOf(viewer), advised) : null;
    await showPlan(res, staffId, q.jaar ?? yearNow(viewer), notice);
  });

  router.post('/plan/doel', async (req, res) => {
    const { viewer } = viewerOf(res);
    const tx = textOf(viewer);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const raw = Object.fromEntries(['partner', 'result', 'measure', 'target', 'due', 'sub'].map((k) => [k, typeof body[k] === 'string' ? body[k] : '']));
    const year = yearNow(viewer);
    if (Object.values(raw).some(containsBsn)) return showPlan(res, viewer.staffId, year, tx('bsn'), 400);
    const post = ZGoalPost.safeParse(body);
    const read = readGoalValues(raw, JSON.stringify(post.success && post.data.goal ? { goalId: post.data.goal } : {}), (key) => ctx.t(viewer.language, key));
    if (!read.ok) return showPlan(res, viewer.staffId, year, tx('error', { field: Object.values(read.errors).join(' ') }), 400);
    if (read.values.partnerId && !(await plans.listAssignments(viewer.organisationId, null)).some((a) => a.partnerId === read.values.partnerId)) {
      return showPlan(res, viewer.staffId, year, tx('error', { field: ctx.t(viewer.language, 'plan.error_partner') }), 400);
    }
    const existing = read.goalId ? await plans.findGoal(read.goalId) : null;
    const goal = await plans.saveGoal(viewer.staffId, existing?.year ?? year, read.goalId, read.values, ctx.clock.now());
    if (!goal) return refuse(ctx, res);
    res.redirect(303, `${ctx.base}/plan?jaar=${goal.year}&advies=${goal.id}#doel-${goal.id}`);
  });

  /** "Het goede voorbeeld": how many of management's own strategic relations are within their rubriek's frequency. */
  async function managementExample(viewer: Viewer): Promise<string> {
    const managers = new Set(await plans.listManagerIds(viewer.organisationId));
    const rows = (await lapse.assignmentStatuses({ organisationId: viewer.organisationId, now: ctx.clock.now(), timeZone: viewer.timeZone }))
      .filter((r) => managers.has(r.staffId) && r.level === 'strategisch');
    const warm = rows.filter((r) => r.status === 'green').length;
    return renderExampleFigure(textOf(viewer), warm, rows.length);
  }

  router.get('/plannen', async (req, res) => {
    const { viewer } = viewerOf(res);
    const visible = visibleStaffIdsOf(viewer);
    if (visible !== null && viewer.leadTeamIds.length === 0) return refuse(ctx, res);
    const year = ZPlanQuery.parse(req.query).jaar ?? yearNow(viewer);
    const assignments = await plans.listAssignments(viewer.organisationId, visible);
    const people = [...new Map(assignments.map((a) => [a.staffId, a.staffName]))];
    const goals = await plans.listGoals(people.map(([id]) => id), year);
    const rows: TeamPlanRow[] = people.map(([staffId, name]) => {
      const mine = goals.filter((g) => g.staffId === staffId);
      const withGoal = new Set(mine.map((g) => g.partnerId));
      return {
        staffId, name, goals: mine.length, reached: mine.filter((g) => g.achieved).length,
        behind: mine.filter((g) => !g.achieved && g.progress.at(-1)?.status === 'behind').length,
        missing: assignments.filter((a) => a.staffId === staffId && !withGoal.has(a.partnerId)).map((a) => a.partnerName),
      };
    });
    const tx = textOf(viewer);
    const example = visible === null ? await managementExample(viewer) : '';
    sendPage(ctx, res, tx('team_title', { year }), example + renderTeamPlansBody(tx, rows, year), 'plans');
  });
}

function adviceFor(ctx: DashboardContext, tx: PlanText, goal: { result: string; measure: string | null; target: string | null }): string {
  const verdict = judgeGoalWith(ctx.t, { what: goal.result, measure: goal.measure ?? undefined, target: goal.target ?? undefined });
  return verdict.kind === 'effort' ? tx('advice_effort', { goal: goal.result, words: verdict.words.join(', ') }) : tx(`advice_${verdict.kind}`, { goal: goal.result });
}
