// Reads the words people type in spreadsheets for levels, roles and ownership,
// and names them back in Dutch on export.
import type { AssignmentKind, Level, Role } from '../core/register-types.ts';
import { toHeaderKey } from './compare-key.ts';

/** 'Operationeel niveau', 'OP', 'strat', 'tactical' … → a Level; undefined when unrecognised. */
export function readLevel(word: string): Level | undefined {
  const key = toHeaderKey(word).replace(/niveau|level/g, '');
  if (key.length < 2) return undefined;
  if (key.startsWith('op') || key.startsWith('uitvoer')) return 'operationeel';
  if (key.startsWith('ta')) return 'tactisch';
  if (key.startsWith('st')) return 'strategisch';
  return undefined;
}

const ROLE_WORDS: Record<string, Role> = {
  medewerker: 'staff', staff: 'staff', zorgprofessional: 'staff', professional: 'staff',
  teamleider: 'lead', lead: 'lead', leidinggevende: 'lead', teamlead: 'lead', coordinator: 'lead',
  manager: 'manager', directie: 'manager', directeur: 'manager', bestuur: 'manager', bestuurder: 'manager', management: 'manager',
  beheerder: 'admin', admin: 'admin', functioneelbeheerder: 'admin', applicatiebeheerder: 'admin',
};

export function readRole(word: string): Role | undefined {
  return ROLE_WORDS[toHeaderKey(word)];
}

const KIND_WORDS: Record<string, AssignmentKind> = {
  eigenaar: 'owner', owner: 'owner', hoofd: 'owner', kartrekker: 'owner',
  medeeigenaar: 'co_owner', coowner: 'co_owner', mede: 'co_owner', tweede: 'co_owner', backup: 'co_owner',
};

export function readAssignmentKind(word: string): AssignmentKind | undefined {
  return KIND_WORDS[toHeaderKey(word)];
}

/** Several values in one cell are separated by | or ; (a ; inside a ;-file must then be quoted). */
export function splitList(cell: string): string[] {
  return cell
    .split(/[|;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

export const LIST_SEPARATOR = ' | ';

export const ROLE_WORD: Record<Role, string> = {
  staff: 'medewerker',
  lead: 'teamleider',
  manager: 'manager',
  admin: 'beheerder',
};

export const KIND_WORD: Record<AssignmentKind, string> = {
  owner: 'eigenaar',
  co_owner: 'mede-eigenaar',
};
