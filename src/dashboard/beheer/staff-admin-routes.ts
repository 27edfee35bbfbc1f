// /dashboard/beheer/medewerkers: an admin adds and changes everyone (roles too); a
// team lead the members of the teams they lead, and only those teams' memberships.
// One transaction per save: saveStaff, the team changes, the chat-account link and
// the audit event are written together or not at all.
import type { Request, Response, Router } from 'express';
import type { Platform } from '../../core/identity.ts';
import type { Team } from '../../core/register.ts';
import { addTeamMember } from '../../register/add-team-member.ts';
import { linkStaffIdentity } from '../../register/link-staff-identity.ts';
import { removeTeamMember } from '../../register/remove-team-member.ts';
import { saveStaff } from '../../register/save-staff.ts';
import { refuse, sendPage, type DashboardContext } from '../dashboard-context.ts';
import { beheerActorOf, domainMessage, mayManageTeam, type BeheerActor } from './beheer-access.ts';
import { fieldErrorsOf, type FormValues } from './beheer-form.ts';
import { idParam } from './beheer-input.ts';
import type { BeheerOrgPorts, StaffRow } from './beheer-org-ports.ts';
import { renderStaffPage, type StaffFormView } from './staff-admin-page.ts';
import { membershipChanges, searchKey, staffFieldsOf, staffValues, ZStaffForm, type StaffForm } from './staff-form.ts';

const LIST_LIMIT = 200;

export function addStaffRoutes(router: Router, ctx: DashboardContext, ports: BeheerOrgPorts, onTeamSaved?: () => void): void {
  async function scopeOf(a: BeheerActor) {
    const [teams, staff, org] = await Promise.all([ports.listTeams(a.viewer.organisationId), ports.listStaff(a.viewer.organisationId), ports.platformOf(a.viewer.organisationId)]);
    const manageable = teams.filter((t) => mayManageTeam(a, t.id));
    // A lead sees and changes the members of their teams, but never an admin's or manager's account.
    const visible = a.isAdmin ? staff : staff.filter((s) => s.role !== 'admin' && s.role !== 'manager' && s.memberships.some((m) => mayManageTeam(a, m.teamId)));
    return { teams, manageable, visible, platform: org.platform === 'local' ? null : org.platform, org };
  }
  type Scope = Awaited<ReturnType<typeof scopeOf>>;

  function emptyForm(a: BeheerActor, scope: Scope): StaffFormView {
    const team = scope.manageable.length === 1 ? [scope.manageable[0]!.id] : [];
    return { state: { values: { role: 'staff', team }, errors: {} }, id: null, canChangeRole: a.isAdmin, platform: scope.platform };
  }

  async function show(res: Response, a: BeheerActor, scope: Scope, query: string, form: StaffFormView, status = 200, notice?: string) {
    const key = searchKey(query.trim());
    const rows = (key ? scope.visible.filter((s) => searchKey(`${s.name} ${s.email ?? ''}`).includes(key)) : scope.visible).slice(0, LIST_LIMIT);
    sendPage(ctx, res, a.tx('staff_title'), renderStaffPage(a.tx, a.csrf, { rows, teams: scope.teams, query }, form, scope.manageable, notice), 'beheer', status);
  }
  const queryOf = (req: Request) => (typeof req.query.q === 'string' ? req.query.q.slice(0, 100) : '');

  router.get('/beheer/medewerkers', async (req, res) => {
    const a = beheerActorOf(ctx, res);
    if (!a) return;
    const scope = await scopeOf(a);
    await show(res, a, scope, queryOf(req), emptyForm(a, scope));
  });

  /** The person behind :id; 'refused' when this viewer may not change them. */
  function personFor(a: BeheerActor, scope: Scope, raw: unknown): StaffRow | 'refused' | null {
    const id = idParam(raw);
    if (!id) return null;
    if (scope.visible.some((s) => s.id === id)) return scope.visible.find((s) => s.id === id)!;
    return a.isAdmin ? null : 'refused';
  }

  router.get('/beheer/medewerkers/:id', async (req, res) => {
    const a = beheerActorOf(ctx, res);
    if (!a) return;
    const scope = await scopeOf(a);
    const person = personFor(a, scope, req.params.id);
    if (person === 'refused') return refuse(ctx, res);
    if (!person) return show(res, a, scope, '', { ...emptyForm(a, scope), problems: [a.tx('error_staff_gone')] }, 404);
    await show(res, a, scope, '', { state: { values: staffValues(person), errors: {} }, id: person.id, canChangeRole: a.isAdmin, platform: scope.platform });
  });

  async function save(req: Request, res: Response, existing: boolean) {
    const a = beheerActorOf(ctx, res);
    if (!a) return;
    const scope = await scopeOf(a);
    const person = existing ? personFor(a, scope, req.params.id) : null;
    if (person === 'refused') return refuse(ctx, res);
    if (existing && !person) return show(res, a, scope, '', { ...emptyForm(a, scope), problems: [a.tx('error_staff_gone')] }, 404);
    const values = (req.body ?? {}) as FormValues;
    const view = (extra: Partial<StaffFormView>): StaffFormView => ({ state: { values, errors: {} }, id: person?.id ?? null, canChangeRole: a.isAdmin, platform: scope.platform, ...extra });
    const parsed = ZStaffForm.safeParse(values);
    const errors = parsed.success ? teamErrors(a, scope.manageable, parsed.data, person) : fieldErrorsOf(a.tx, parsed.error.issues);
    if (!parsed.success || Object.keys(errors).length > 0) return show(res, a, scope, '', view({ state: { values, errors } }), 400);
    try {
      const saved = await writeStaff(a, scope, person, parsed.data);
      onTeamSaved?.();
      const after = await scopeOf(a);
      const fresh = after.visible.find((s) => s.id === saved.id);
      const form = fresh ? view({ state: { values: staffValues(fresh), errors: {} }, id: fresh.id }) : emptyForm(a, after);
      await show(res, a, after, '', form, 200, a.tx('staff_saved', { name: saved.name }));
    } catch (err) {
      await show(res, a, scope, '', view({ problems: [domainMessage(ctx, a, err)] }), 409);
    }
  }

  /** Team choices the viewer may make; a lead's person must stay in one of the lead's teams (else they would lose sight of them). */
  function teamErrors(a: BeheerActor, manageable: Team[], form: StaffForm, person: StaffRow | null): Record<string, string> {
    // An admin taking away their own admin role could leave the organisation without one.
    if (person?.id === a.viewer.staffId && a.isAdmin && form.role !== undefined && form.role !== 'admin') return { role: a.tx('error_own_role') };
    const chosen = [...form.team, ...form.lead];
    if (chosen.some((id) => !manageable.some((t) => t.id === id))) return { team: a.tx('error_invalid') };
    const elsewhere = person?.memberships.some((m) => !mayManageTeam(a, m.teamId)) ?? false;
    if (!a.isAdmin && chosen.length === 0 && !elsewhere) return { team: a.tx('error_team_required') };
    return {};
  }

  async function writeStaff(a: BeheerActor, scope: Scope, person: StaffRow | null, form: StaffForm) {
    const organisationId = a.viewer.organisationId;
    const fields = staffFieldsOf(form, a.isAdmin);
    return ports.write(async (w) => {
      const saved = person ? await saveStaff(w.staff, { organisationId, id: person.id, ...fields }) : await saveStaff(w.staff, { organisationId, ...fields });
      const changes = membershipChanges(person?.memberships ?? [], form, scope.manageable);
      for (const c of changes) {
        if (c.change === 'remove') await removeTeamMember(w.staff, { organisationId, teamId: c.teamId, staffId: saved.id });
        else await addTeamMember(w.staff, { organisationId, teamId: c.teamId, staffId: saved.id, isLead: c.isLead });
      }
      const linked = form.platformUserId !== '' && scope.platform !== null && form.platformUserId !== person?.platformUserId;
      if (linked) await linkStaffIdentity(w.staff, { organisationId, staffId: saved.id, platform: scope.org.platform as Platform, platformOrgId: scope.org.externalId, platformUserId: form.platformUserId });
      await w.audit({
        organisationId, actorStaffId: a.viewer.staffId, action: person ? 'staff.changed' : 'staff.created', subject: saved.id,
        details: { fields: Object.keys(fields), teams: changes, ...(linked ? { linkedPlatform: scope.org.platform } : {}) },
      });
      return saved;
    });
  }

  router.post('/beheer/medewerkers', (req, res) => save(req, res, false));
  router.post('/beheer/medewerkers/:id', (req, res) => save(req, res, true));
}
