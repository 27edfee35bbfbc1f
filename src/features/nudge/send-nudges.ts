// The daily nudge run of one team: per present member their yellow/red partners
// that are due a nudge, in one DM, and the escalations recorded for the lead.
import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../domain/period-key.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { Team } from '../../core/register.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { listLapsedPerPerson, type PersonLapses } from '../../register/list-lapsed-per-person.ts';
import type { TranslateFn } from '../../core/i18n/translator.ts';
import { coverAwayOwners } from './cover-away-owners.ts';
import { handOverAbsences } from './hand-over-absence.ts';
import type { HandoverPorts } from './handover-ports.ts';
import { decideNudge } from '../../domain/decide-nudge.ts';
import { buildNudgeMessage, MAX_NUDGES_PER_DM, type NudgeItem } from './nudge-message.ts';
import type { NewNudge, NudgePorts, NudgeRecord } from './nudge-ports.ts';
import { findOrganisationPlatform } from './organisation-platform.ts';

/** Older nudges no longer change a decision (escalation looks back to the last contact). */
const HISTORY_DAYS = 400;

export async function sendNudges(deps: BotDeps, ports: NudgePorts, teamId: string, scheduledAt: Date, handover?: HandoverPorts): Promise<void> {
  const team = await deps.ports.staff.findTeam(teamId);
  if (!team?.nudgesEnabled) return;
  const now = deps.clock.now();
  // Whoever is back since the last run first hears what their covers did.
  if (handover) await handOverAbsences(deps, handover, { teamId: team.id }, localDateOf(now, team.timezone), team.language);
  const people = await listLapsedPerPerson(deps.ports.lapse, {
    organisationId: team.organisationId, teamId: team.id, now, timeZone: team.timezone, excludeAway: true,
  });
  const neverDue = await addNeverContacted(deps, ports, team, people, now);
  const coverFor = await coverAwayOwners(deps, ports, team, people, now);
  const history = await ports.listNudgesOfStaff(people.map((p) => p.staffId), new Date(now.getTime() - HISTORY_DAYS * 86_400_000));
  const members = new Map((await deps.ports.staff.listTeamMembers(team.id)).map((m) => [m.staff.id, m.staff]));
  const date = localDateOf(scheduledAt, team.timezone);
  const platform = await findOrganisationPlatform(deps, team.organisationId);
  let enqueued = false;
  for (const person of people) {
    const staff = members.get(person.staffId);
    const language = pickLanguage(staff?.language, team.language);
    const run = planPersonRun(person, history.filter((h) => h.staffId === person.staffId), now, neverDue);
    for (const n of run.nudges) n.coverFor = coverFor.get(`${person.staffId}:${n.partnerId}`);
    if (run.nudges.length === 0 && run.escalations.length === 0) continue;
    const shown = run.nudges.slice(0, MAX_NUDGES_PER_DM);
    const t: TranslateFn = (key, values) => deps.t(language, key, values);
    const message = buildNudgeMessage(t, person.staffName.split(' ')[0] ?? person.staffName, shown, run.nudges.length - shown.length);
    const rows: NewNudge[] = [
      ...shown.map((n) => ({ id: n.nudgeId, staffId: person.staffId, partnerId: n.partnerId, level: n.level, sentAt: now, outcome: null })),
      ...run.escalations.map((e) => ({ ...e, id: randomUUID(), staffId: person.staffId, sentAt: now, outcome: 'escalated' as const })),
    ];
    const outbox = shown.length === 0 ? [] : [{
      key: `nudge-dm:${date}:${person.staffId}`,
      delivery: { type: 'post' as const, platform, to: { kind: 'person' as const, staffId: person.staffId }, message },
    }];
    await ports.saveNudgeRun(rows, outbox);
    enqueued ||= outbox.length > 0;
  }
  if (enqueued) deps.notifyOutbox();
}

interface PersonRun {
  nudges: (NudgeItem & { partnerId: string })[];
  escalations: { partnerId: string; level: NudgeItem['level'] }[];
}

// One line per partner: the rows arrive most urgent first, so the first row of a partner wins.
function planPersonRun(person: PersonLapses, history: NudgeRecord[], now: Date, neverDue: Set<string>): PersonRun {
  const run: PersonRun = { nudges: [], escalations: [] };
  const seen = new Set<string>();
  for (const row of person.partners) {
    if (seen.has(row.partnerId)) continue;
    seen.add(row.partnerId);
    const neverContactedDue = neverDue.has(`${row.staffId}:${row.partnerId}:${row.level}`);
    const decision = decideNudge(row, history.filter((h) => h.partnerId === row.partnerId), now, { neverContactedDue });
    if (decision === 'escalate') run.escalations.push({ partnerId: row.partnerId, level: row.level });
    if (decision !== 'nudge') continue;
    run.nudges.push({
      nudgeId: randomUUID(), partnerId: row.partnerId, partnerName: row.partnerName, status: row.status,
      daysSince: row.daysSince ?? 0, maxIntervalDays: row.maxIntervalDays, level: row.level, never: row.daysSince === null,
    });
  }
  return run;
}

/**
 * Never-contacted assignments past the organisation's grace period join the lapsed
 * ones (after them: yellow and red are older news). Returns their keys for decideNudge.
 */
async function addNeverContacted(deps: BotDeps, ports: NudgePorts, team: Team, people: PersonLapses[], now: Date): Promise<Set<string>> {
  const grace = await ports.findNeverContactedGraceDays(team.organisationId);
  const grey = (await deps.ports.lapse.assignmentStatuses({
    organisationId: team.organisationId, teamId: team.id, now, timeZone: team.timezone, excludeAway: true,
  })).filter((r) => r.status === 'grey');
  const starts = await ports.listAssignmentStarts([...new Set(grey.map((r) => r.staffId))]);
  const cutoff = now.getTime() - grace * 86_400_000;
  const due = new Set<string>();
  for (const row of grey) {
    const key = `${row.staffId}:${row.partnerId}:${row.level}`;
    const start = starts.get(key);
    if (!start || start.getTime() > cutoff) continue;
    due.add(key);
    let person = people.find((p) => p.staffId === row.staffId);
    if (!person) people.push((person = { staffId: row.staffId, staffName: row.staffName, partners: [] }));
    person.partners.push(row);
  }
  return due;
}
