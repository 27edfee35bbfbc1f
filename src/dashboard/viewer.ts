// Who is looking at the dashboard, and what that person may see. Checked on every
// request: manager/admin see the whole organisation, a lead their teams' people,
// staff only themselves (plus the successes wall, which is public inside the organisation).
import type { Role } from '../core/register-types.ts';
import type { Language } from '../core/i18n/translator.ts';

export interface Viewer {
  staffId: string;
  name: string;
  role: Role;
  organisationId: string;
  language: Language;
  timeZone: string;
  teamIds: string[];
  leadTeamIds: string[];
  /** Members of the teams this person leads (TeamMembership.isLead). */
  leadTeamMemberIds: string[];
}

/** null = everyone in the organisation; otherwise the staff whose partners and pages are visible. */
export function visibleStaffIdsOf(viewer: Viewer): string[] | null {
  if (viewer.role === 'manager' || viewer.role === 'admin') return null;
  return [...new Set([viewer.staffId, ...viewer.leadTeamMemberIds])];
}

export function seesEverything(viewer: Viewer): boolean {
  return visibleStaffIdsOf(viewer) === null;
}

export function canSeePerson(viewer: Viewer, staffId: string): boolean {
  const ids = visibleStaffIdsOf(viewer);
  return ids === null || ids.includes(staffId);
}

/** Teams whose rhythm this person may read; null = all. Staff see none. */
export function visibleTeamIdsOf(viewer: Viewer): string[] | null {
  if (seesEverything(viewer)) return null;
  return viewer.leadTeamIds;
}
