// Who may change a collaboration: its owner, a teamleider of the owner, or the
// functioneel beheerder. Everyone in the organisation reads it. Creating is for
// teamleiders, managers and admins (they name an owner).
import type { Role } from '../../core/register-types.ts';

export interface Editor {
  staffId: string;
  role: Role;
  /** Whether this person leads a team the owner is a member of. */
  leadsOwner: boolean;
}

export function canEditCollaboration(editor: Editor, ownerId: string | null): boolean {
  return editor.role === 'admin' || (ownerId !== null && (editor.staffId === ownerId || editor.leadsOwner));
}

export function canCreateCollaboration(role: Role, leadsATeam: boolean): boolean {
  return role === 'admin' || role === 'manager' || role === 'lead' || leadsATeam;
}
