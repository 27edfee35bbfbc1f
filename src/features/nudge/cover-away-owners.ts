// While an owner is away their lapsed partners do not wait: each goes to a
// co-owner of that partner who is present, or else to a present lead of the
// team. The cover's DM says for whom they pick it up.
import type { Team } from '../../core/register.ts';
import { localDateOf } from '../../domain/period-key.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { isAway } from '../../domain/is-away.ts';
import type { PersonLapses } from '../../register/list-lapsed-per-person.ts';
import type { NudgePorts } from './nudge-ports.ts';

/** Adds the away members' lapsed rows to their covers; returns '<coverId>:<partnerId>' → the owner's name. */
export async function coverAwayOwners(deps: BotDeps, ports: NudgePorts, team: Team, people: PersonLapses[], now: Date): Promise<Map<string, string>> {
  const coverFor = new Map<string, string>();
  const today = localDateOf(now, team.timezone);
  const members = await deps.ports.staff.listTeamMembers(team.id);
  const away = members.filter((m) => isAway(m.staff, today));
  if (away.length === 0) return coverFor;
  const awayIds = new Set(away.map((m) => m.staff.id));
  const rows = (await deps.ports.lapse.assignmentStatuses({
    organisationId: team.organisationId, teamId: team.id, now, timeZone: team.timezone, onlyLapsed: true, excludeAway: false,
  })).filter((r) => awayIds.has(r.staffId) && r.kind === 'owner');
  if (rows.length === 0) return coverFor;
  const coOwners = await ports.listPresentCoOwners([...new Set(rows.map((r) => r.partnerId))], today);
  const leads = members.filter((m) => m.isLead && !awayIds.has(m.staff.id)).map((m) => m.staff);
  for (const row of rows) {
    const cover = coOwners.find((c) => c.partnerId === row.partnerId && c.staffId !== row.staffId) ?? (leads[0] ? { staffId: leads[0].id, staffName: leads[0].name } : null);
    if (!cover) continue;
    let person = people.find((p) => p.staffId === cover.staffId);
    if (!person) people.push((person = { staffId: cover.staffId, staffName: cover.staffName, partners: [] }));
    // A co-owner with their own lapsed row for it gets that row, marked as cover.
    if (!person.partners.some((p) => p.partnerId === row.partnerId)) person.partners.push(row);
    coverFor.set(`${cover.staffId}:${row.partnerId}`, row.staffName);
  }
  return coverFor;
}
