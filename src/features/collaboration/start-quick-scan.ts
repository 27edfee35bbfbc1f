// Opens a quick-scan round for one collaboration and sends every participant the
// invitation (a DM with a button that opens the form), in one transaction. Used
// by the schedule and by `quickscan <samenwerking>`.
import type { BotDeps } from '../../bot/feature.ts';
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { Message } from '../../core/message.ts';
import type { Organisation } from '../../core/organisation.ts';
import { localDateOf } from '../../domain/period-key.ts';
import type { OutboxEntry } from '../checkin/checkin-ports.ts';
import { formatShortDate } from '../contact-log/format-short-date.ts';
import { platformOf } from '../nudge/organisation-platform.ts';
import type { Collaboration, QuickScanStore, ScanRound } from './collaboration-ports.ts';
import { roundDates } from './scan-dates.ts';

export const OPEN_SCAN_ACTION = 'quickscan.open';
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

export async function startQuickScan(deps: BotDeps, scans: QuickScanStore, c: Collaboration, trigger: 'schedule' | 'demand', at: Date): Promise<ScanRound | null> {
  const organisation = await deps.ports.organisations.find(c.organisationId);
  const platform = platformOf(organisation?.platform);
  const messages = await messageMaker(deps, c, organisation);
  const dates = roundDates(at, organisation?.timezone ?? DEFAULT_TIME_ZONE);
  const round = await scans.openRound({ collaborationId: c.id, trigger, openedAt: at, ...dates }, (roundId, staffIds) =>
    staffIds.map((staffId) => ({ key: `quickscan:${roundId}:invite:${staffId}`, delivery: { type: 'post', platform, to: { kind: 'person', staffId }, message: messages(staffId, roundId, dates.closesAt, 'invite') } })));
  if (round) deps.notifyOutbox();
  return round;
}

/** The reminders of a round to those who have not answered. */
export async function reminderEntries(deps: BotDeps, c: Collaboration, round: ScanRound, staffIds: string[]): Promise<OutboxEntry[]> {
  const organisation = await deps.ports.organisations.find(c.organisationId);
  const platform = platformOf(organisation?.platform);
  const messages = await messageMaker(deps, c, organisation);
  return staffIds.map((staffId) => ({ key: `quickscan:${round.id}:reminder:${staffId}`, delivery: { type: 'post', platform, to: { kind: 'person', staffId }, message: messages(staffId, round.id, round.closesAt, 'reminder') } }));
}

async function messageMaker(deps: BotDeps, c: Collaboration, organisation: Organisation | null) {
  const people = new Map((await Promise.all(c.participants.map((p) => deps.ports.staff.findStaff(p.id)))).flatMap((s) => (s ? [[s.id, s] as const] : [])));
  return (staffId: string, roundId: string, closesAt: Date, kind: 'invite' | 'reminder'): Message => {
    const person = people.get(staffId);
    const language = pickLanguage(person?.language, organisation?.language);
    const timeZone = person?.timezone ?? organisation?.timezone ?? DEFAULT_TIME_ZONE;
    const t = (key: string, values?: Record<string, string | number>) => deps.t(language, key, values);
    const date = formatShortDate(localDateOf(closesAt, timeZone), language);
    const body = t(kind === 'invite' ? 'quickscan.invite_body' : 'quickscan.reminder_body', { name: c.name, date });
    return {
      text: body,
      blocks: [
        ...(kind === 'invite' ? [{ type: 'header' as const, text: t('quickscan.invite_title', { name: c.name }).slice(0, 150) }] : []),
        { type: 'section', text: body },
        { type: 'actions', elements: [{ type: 'button', actionId: OPEN_SCAN_ACTION, label: t('quickscan.invite_button'), value: roundId, style: 'primary' }] },
      ],
    };
  };
}
