// "Reminder": on the day the round opened, one personal message to each member who
// is not away and has not answered yet. Never names anyone in the channel.
import { ZPlatform } from '../../core/identity.ts';
import { localDateOf, weekNumberOf } from '../../domain/period-key.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { isAway } from '../../domain/is-away.ts';
import type { CheckinPorts } from './checkin-ports.ts';
import { buildReminderMessage } from './checkin-messages.ts';

export async function sendCheckinReminders(deps: BotDeps, ports: CheckinPorts, teamId: string, periodKey: string): Promise<void> {
  const team = await deps.ports.staff.findTeam(teamId);
  const round = team ? await ports.findTeamRound(team.id, periodKey) : null;
  if (!team || !round || round.state !== 'open') return;
  const organisation = await deps.ports.organisations.find(team.organisationId);
  if (!organisation) return;
  const platform = ZPlatform.parse(organisation.platform);
  const today = localDateOf(deps.clock.now(), team.timezone);
  const answered = new Set(await ports.listAnswerers(round.id));
  const waiting = (await deps.ports.staff.listTeamMembers(team.id))
    .filter((m) => !isAway(m.staff, today) && !answered.has(m.staff.id));
  const week = weekNumberOf(periodKey);
  const count = await ports.enqueue(
    waiting.map(({ staff }) => ({
      key: `checkin-reminder:${round.id}:${staff.id}`,
      delivery: {
        type: 'post' as const,
        platform,
        to: { kind: 'person' as const, staffId: staff.id },
        message: buildReminderMessage((key, values) => deps.t(pickLanguage(staff.language, team.language), key, values), {
          name: staff.name, week, roundId: round.id, threadTeam: team.channelRef ? team.name : null,
        }),
      },
    })),
  );
  if (count > 0) deps.notifyOutbox();
}
