// Creates a team, or changes one when an id is given: channels, language,
// timezone and the weekly rhythm (check-in, reminder, RRO, nudges).
import { DomainError } from '../core/domain-error.ts';
import { ZNewTeam, ZTeamChanges, type NewTeam, type Team, type TeamChanges } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { StaffStore } from './register-ports.ts';
import { requireTeamInOrganisation } from './require-in-organisation.ts';

type Store = Pick<StaffStore, 'createTeam' | 'updateTeam' | 'findTeam' | 'findTeamByName'>;

export async function saveTeam(store: Store, input: NewTeam | TeamChanges): Promise<Team> {
  if ('id' in input && input.id !== undefined) {
    const { organisationId, id, ...fields } = parseInput(ZTeamChanges, input);
    await requireTeamInOrganisation(store, organisationId, id);
    if (fields.name !== undefined) await ensureNameFree(store, organisationId, fields.name, id);
    return store.updateTeam(id, fields);
  }
  const { organisationId, ...fields } = parseInput(ZNewTeam, input);
  await ensureNameFree(store, organisationId, fields.name, null);
  return store.createTeam(organisationId, fields);
}

async function ensureNameFree(store: Store, organisationId: string, name: string, selfId: string | null): Promise<void> {
  const other = await store.findTeamByName(organisationId, name);
  if (!other || other.id === selfId) return;
  throw new DomainError('team_duplicate', `Er bestaat al een team "${other.name}". Kies een andere naam of pas dat team aan.`, { existingTeamId: other.id, promptKey: 'errors.team_duplicate_named', values: { name: other.name } });
}
