// The six weekly check-in rounds per team before the one the live bot opens next
// (see listRecentCheckInStarts), with answers written from the contact history:
// "gedaan" tells the contacts of the week before (those moments become source
// 'checkin'), "ga doen" announces a contact of the coming week (a commitment that
// got done) or a lapsing partner (one still open or dropped). The newest round is
// still open, and so are its commitments that were not done.
import type { LapseStatus } from '../core/register-types.ts';
import { addDays, addHours, formatWeekKey, listRecentCheckInStarts, toLocalDate } from './demo-calendar.ts';
import { composeDoneLine, composePlannedLine, composeQuietWeekLine } from './demo-answer-lines.ts';
import type { DemoAnswer, DemoCommitment, DemoOrganisation, DemoRound } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';

export const ROUNDS_PER_TEAM = 6;

type CheckInInput = Pick<DemoOrganisation, 'teams' | 'staff' | 'memberships' | 'partners' | 'partnerContacts' | 'assignments' | 'contactMoments'>;

export function buildCheckIns(
  now: Date,
  input: CheckInInput,
  statusByPartner: Map<string, LapseStatus>,
  random: SeededRandom,
): Pick<DemoOrganisation, 'rounds' | 'answers' | 'commitments'> {
  const rounds: DemoRound[] = [];
  const answers: DemoAnswer[] = [];
  const commitments: DemoCommitment[] = [];
  const starts = listRecentCheckInStarts(now, ROUNDS_PER_TEAM);
  for (const team of input.teams) {
    for (const [age, opensAt] of starts.entries()) {
      const periodKey = formatWeekKey(opensAt);
      const round: DemoRound = {
        key: `${team.key}:${periodKey}`,
        teamKey: team.key,
        periodKey,
        opensAt,
        state: age === 0 ? 'open' : 'closed',
        threadRef: `local:team-${team.key}/rro-${periodKey}`,
      };
      rounds.push(round);
      for (const member of input.memberships.filter((m) => m.teamKey === team.key)) {
        const person = input.staff.find((s) => s.key === member.staffKey)!;
        // The absent colleague missed the last two rounds; others skip now and then.
        if (person.awayUntil && age < 2) continue;
        if (random.chance(0.12)) continue;
        // Answers come in on Monday or Tuesday during office hours.
        const createdAt = addHours(opensAt, random.pick([1, 2, 3, 4, 6, 7, 24, 26, 29]) + random.int(0, 11) / 12);
        if (createdAt > now) continue;
        const owned = input.assignments.filter((a) => a.staffKey === person.key).map((a) => a.partnerKey);
        if (owned.length === 0) continue;

        const lastWeek = input.contactMoments.filter(
          (m) => m.staffKey === person.key && m.occurredAt < opensAt && m.occurredAt >= addDays(opensAt, -7),
        );
        const doneLines = lastWeek.slice(0, 2).map((moment) => {
          moment.source = 'checkin';
          return composeDoneLine(moment, input, random);
        });
        if (doneLines.length === 0) doneLines.push(composeQuietWeekLine(random.pick(owned), input, random));

        // A "ga doen" is done by a contact after the answer that announced it.
        const nextWeek = input.contactMoments.find(
          (m) => m.staffKey === person.key && m.occurredAt > createdAt && m.occurredAt < addDays(opensAt, 7),
        );
        const lapsing = owned.filter((key) => statusByPartner.get(key) !== 'green');
        const keep = nextWeek !== undefined && random.chance(0.8);
        const plannedKey = keep ? nextWeek.partnerKey : random.pick(lapsing.length > 0 ? lapsing : owned);
        const planned = composePlannedLine(plannedKey, input, random);
        commitments.push({
          staffKey: person.key,
          partnerKey: plannedKey,
          roundKey: round.key,
          text: planned.text,
          dueDate: toLocalDate(addDays(opensAt, 7)),
          state: keep ? 'done' : age === 0 || random.chance(0.6) ? 'open' : 'dropped',
          doneAt: keep ? nextWeek.occurredAt : null,
          createdAt,
        });
        answers.push({
          roundKey: round.key,
          staffKey: person.key,
          done: doneLines.map((line) => line.text).join('\n'),
          planned: planned.text,
          partnerKeys: [...new Set([...doneLines.map((line) => line.partnerKey), plannedKey])],
          createdAt,
        });
      }
    }
  }
  return { rounds, answers, commitments };
}
