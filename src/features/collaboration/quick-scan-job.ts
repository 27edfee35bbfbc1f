// The quick scan's daily job (working days 09:30 in the team's timezone): opens the
// scheduled rounds that are due (default quarterly), sends the one reminder, and
// closes rounds after their 14 days. Work is per organisation, so the run key is
// the organisation's: with several teams only the first job to claim the day runs it.
import type { BotDeps } from '../../bot/feature.ts';
import type { Team } from '../../core/register.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';
import { instantAt, localDateOf } from '../../domain/period-key.ts';
import { isWorkingDay } from '../../domain/working-days.ts';
import type { ScanDeps } from './answer-quick-scan.ts';
import { isScanDue } from './scan-dates.ts';
import { reminderEntries, startQuickScan } from './start-quick-scan.ts';

export const QUICK_SCAN_TIME = '09:30';

export function buildQuickScanJob(team: Team, run: (organisationId: string, localDate: string, at: Date) => Promise<void>): ScheduledJob {
  const dateOf = (at: Date) => localDateOf(at, team.timezone);
  return {
    id: `quickscan:${team.id}`,
    cron: '30 9 * * 1-5',
    timeZone: team.timezone,
    runKey: (at) => `quickscan:${team.organisationId}:${dateOf(at)}`,
    appliesTo: (at) => isWorkingDay(dateOf(at)),
    usefulUntil: (at) => instantAt(dateOf(at), '17:00', team.timezone),
    handler: (at) => run(team.organisationId, dateOf(at), at),
  };
}

export async function runQuickScanDay(deps: BotDeps, d: ScanDeps, organisationId: string, localDate: string, at: Date, timeZone: string): Promise<void> {
  await d.scans.closeDue(organisationId, at);
  for (const { collaboration, lastOpenedAt } of await d.scans.listScheduled(organisationId)) {
    if (isScanDue({ localDate, timeZone, intervalMonths: collaboration.scanIntervalMonths, createdAt: collaboration.createdAt, lastOpenedAt })) {
      await startQuickScan(deps, d.scans, collaboration, 'schedule', at);
    }
  }
  const collaborations = new Map((await d.collaborations.listCollaborations(organisationId)).map((c) => [c.id, c]));
  // Built before the transaction: the store calls messagesFor synchronously.
  const reminders = new Map<string, Awaited<ReturnType<typeof reminderEntries>>>();
  for (const c of collaborations.values()) {
    const open = await d.scans.findOpenRound(c.id);
    if (open && !open.remindedAt && open.remindAt <= at) reminders.set(open.id, await reminderEntries(deps, c, open, c.participants.map((p) => p.id)));
  }
  if (reminders.size === 0) return;
  await d.scans.remindDue(organisationId, at, (round, staffIds) => {
    const missing = new Set(staffIds);
    return (reminders.get(round.id) ?? []).filter((e) => e.delivery.type === 'post' && e.delivery.to.kind === 'person' && missing.has(e.delivery.to.staffId));
  });
  deps.notifyOutbox();
}
