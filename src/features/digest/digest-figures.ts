// The management digest's figures for one month — the one computation behind both
// the chat message and the printable dashboard page (/dashboard/digest/<YYYY-MM>).
import { DateTime } from 'luxon';
import { LEVELS, type Level } from '../../core/register-types.ts';
import type { SuccessSummary } from '../success/success-ports.ts';
import type { ClosedScanRound, DigestPorts, GoalCounts } from './digest-ports.ts';

export interface Ratio { part: number; whole: number; percent: number | null }
export interface CoverageFigure extends Ratio { level: Level; previousPercent: number | null; change: number | null }

export interface DigestFigures {
  /** 'YYYY-MM'. */
  month: string;
  /** Coverage at the end of the month (or now, for the running month) and its change since the end of the month before, in points. */
  coverage: CoverageFigure[];
  participation: Ratio;
  commitments: Ratio;
  /** Null when nobody has a plan goal for the year. */
  goals: (GoalCounts & { total: number; onCourse: Ratio }) | null;
  collaborations: ClosedScanRound[];
  successes: SuccessSummary[];
}

export function ratio(part: number, whole: number): Ratio {
  return { part, whole, percent: whole === 0 ? null : Math.round((part / whole) * 100) };
}

/** The month's bounds in the organisation's time zone. */
export function monthBounds(month: string, timeZone: string): { from: Date; to: Date } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: timeZone }).startOf('month');
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}

export async function computeDigestFigures(ports: DigestPorts, organisationId: string, month: string, timeZone: string, now: Date): Promise<DigestFigures> {
  const { from, to } = monthBounds(month, timeZone);
  // Coverage is a state: measured at the month's last instant, or now while the month runs.
  const at = new Date(Math.min(to.getTime() - 1, now.getTime()));
  const [current, previous, participation, commitments, goals, collaborations, successes] = await Promise.all([
    ports.coverageAt(organisationId, at, timeZone),
    ports.coverageAt(organisationId, new Date(from.getTime() - 1), timeZone),
    ports.checkinParticipation(organisationId, from, to),
    ports.commitmentsKept(organisationId, from, to),
    ports.planGoals(organisationId, Number(month.slice(0, 4)), month),
    ports.listScanRoundsClosedBetween(organisationId, from, to),
    ports.listSuccesses(organisationId, from, to),
  ]);
  const coverage = LEVELS.map((level): CoverageFigure => {
    const now = current.find((c) => c.level === level) ?? { covered: 0, total: 0 };
    const before = previous.find((c) => c.level === level) ?? { covered: 0, total: 0 };
    const r = ratio(now.covered, now.total);
    const previousPercent = ratio(before.covered, before.total).percent;
    return { level, ...r, previousPercent, change: r.percent === null || previousPercent === null ? null : r.percent - previousPercent };
  });
  const total = goals.onTrack + goals.reached + goals.behind + goals.adjust + goals.noProgress;
  return {
    month,
    coverage,
    participation: ratio(participation.answered, participation.asked),
    commitments: ratio(commitments.kept, commitments.made),
    goals: total === 0 ? null : { ...goals, total, onCourse: ratio(goals.onTrack + goals.reached, total) },
    collaborations: [...collaborations].sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime()),
    successes,
  };
}
