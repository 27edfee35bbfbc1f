// "Achterstallig per persoon": per staff member the partners past their rubriek's
// contact frequency (yellow and red), from one ordered query grouped here.
import type { AssignmentStatus, LapseQuery } from './list-my-partners.ts';

export interface PersonLapses {
  staffId: string;
  staffName: string;
  partners: AssignmentStatus[];
}

export interface ListLapsedPerPersonOptions {
  organisationId: string;
  teamId?: string | undefined;
  now: Date;
  timeZone: string;
  /** Leave out staff who are away today (default true): they cannot act on it. */
  excludeAway?: boolean | undefined;
}

export async function listLapsedPerPerson(
  query: LapseQuery,
  options: ListLapsedPerPersonOptions,
): Promise<PersonLapses[]> {
  const rows = await query.assignmentStatuses({
    organisationId: options.organisationId,
    teamId: options.teamId,
    now: options.now,
    timeZone: options.timeZone,
    onlyLapsed: true,
    excludeAway: options.excludeAway ?? true,
  });
  return groupByPerson(rows);
}

/** Groups rows that arrive ordered by staff; keeps each person's row order. */
export function groupByPerson(rows: readonly AssignmentStatus[]): PersonLapses[] {
  const people: PersonLapses[] = [];
  let current: PersonLapses | undefined;
  for (const row of rows) {
    if (current?.staffId !== row.staffId) {
      current = { staffId: row.staffId, staffName: row.staffName, partners: [] };
      people.push(current);
    }
    current.partners.push(row);
  }
  return people;
}
