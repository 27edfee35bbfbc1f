// /dashboard/beheer/teams: an admin adds and changes every team; a team lead changes
// the channels, rhythm, timezone and language of the teams they lead. Saved through
// the register's saveTeam with an audit event; then the runtime reloads the schedule.
import type { Request, Response, Router } from 'express';
import { saveTeam } from '../../register/save-team.ts';
import { refuse, sendPage, type DashboardContext } from '../dashboard-context.ts';
import { beheerActorOf, domainMessage, mayManageTeam, type BeheerActor } from './beheer-access.ts';
import { fieldErrorsOf, type FormValues } from './beheer-form.ts';
import { idParam } from './beheer-input.ts';
import type { BeheerOrgPorts } from './beheer-org-ports.ts';
import { renderTeamsPage, type TeamFormView } from './team-admin-page.ts';
import { TEAM_DEFAULTS, teamValues, ZTeamAdminForm, ZTeamSettingsForm } from './team-form.ts';

export function addTeamRoutes(router: Router, ctx: DashboardContext, ports: BeheerOrgPorts, onTeamSaved?: () => void): void {
  async function teamsOf(a: BeheerActor) {
    return (await ports.listTeams(a.viewer.organisationId)).filter((t) => mayManageTeam(a, t.id));
  }
  /** The team behind :id; 'refused' for a team of this organisation the lead does not lead. */
  async function teamFor(a: BeheerActor, id: string | null) {
    const team = id ? (await ports.listTeams(a.viewer.organisationId)).find((t) => t.id === id) : undefined;
    if (!team) return null;
    return mayManageTeam(a, team.id) ? team : 'refused' as const;
  }

  async function show(res: Response, a: BeheerActor, form: TeamFormView | null, status = 200, notice?: string) {
    const [teams, channels] = await Promise.all([teamsOf(a), ports.listChannelOptions(a.viewer.organisationId)]);
    sendPage(ctx, res, a.tx('teams_title'), renderTeamsPage(a.tx, a.csrf, teams, form, channels, notice), 'beheer', status);
  }
  const addForm = (a: BeheerActor): TeamFormView | null => (a.isAdmin ? { state: { values: TEAM_DEFAULTS, errors: {} }, id: null, canRename: true } : null);

  router.get('/beheer/teams', async (_req, res) => {
    const a = beheerActorOf(ctx, res);
    if (a) await show(res, a, addForm(a));
  });

  router.get('/beheer/teams/:id', async (req, res) => {
    const a = beheerActorOf(ctx, res);
    if (!a) return;
    const team = await teamFor(a, idParam(req.params.id));
    if (team === 'refused') return refuse(ctx, res);
    if (!team) return show(res, a, addForm(a), 404, undefined);
    await show(res, a, { state: { values: teamValues(team), errors: {} }, id: team.id, canRename: a.isAdmin });
  });

  async function save(req: Request, res: Response, id: string | null) {
    const a = beheerActorOf(ctx, res);
    if (!a) return;
    const organisationId = a.viewer.organisationId;
    const current = await teamFor(a, id);
    if (current === 'refused' || (!id && !a.isAdmin)) return refuse(ctx, res);
    if (id && !current) return show(res, a, addForm(a), 404);
    const values = (req.body ?? {}) as FormValues;
    const view = (extra: Partial<TeamFormView>): TeamFormView => ({ state: { values: { ...values, name: a.isAdmin ? values.name : current?.name }, errors: {} }, id, canRename: a.isAdmin, ...extra });
    const parsed = a.isAdmin ? ZTeamAdminForm.safeParse(values) : ZTeamSettingsForm.safeParse(values);
    if (!parsed.success) return show(res, a, view({ state: { values, errors: fieldErrorsOf(a.tx, parsed.error.issues) } }), 400);
    try {
      const team = await ports.write(async (w) => {
        const fields = parsed.data;
        const saved = id ? await saveTeam(w.staff, { organisationId, id, ...fields })
          : await saveTeam(w.staff, { organisationId, ...fields, name: 'name' in fields ? String(fields.name) : '' });
        await w.audit({ organisationId, actorStaffId: a.viewer.staffId, action: id ? 'team.changed' : 'team.created', subject: saved.id, details: parsed.data });
        return saved;
      });
      onTeamSaved?.();
      await show(res, a, { state: { values: teamValues(team), errors: {} }, id: team.id, canRename: a.isAdmin }, 200, a.tx('team_saved', { name: team.name }));
    } catch (err) {
      await show(res, a, view({ problems: [domainMessage(ctx, a, err)] }), 409);
    }
  }

  router.post('/beheer/teams', (req, res) => save(req, res, null));
  router.post('/beheer/teams/:id', (req, res) => {
    const id = idParam(req.params.id);
    if (id) return save(req, res, id);
    const a = beheerActorOf(ctx, res);
    if (a) return show(res, a, addForm(a), 404);
  });
}
