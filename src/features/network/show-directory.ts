// The `wie <onderwerp of partner>` command: validates the query, asks the directory
// as the actor (role rule), and answers with the result card.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { buildDirectoryCard } from './directory-card.ts';
import { findPeople, ZDirectoryQuery, type DirectoryViewer } from './find-people.ts';
import type { ColleagueCard, NetworkStore } from './network-ports.ts';

export async function showDirectory(turn: Turn<InboundOf<'command'>>, store: NetworkStore, args: string): Promise<Reply[]> {
  const parsed = ZDirectoryQuery.safeParse(args);
  if (!parsed.success) return [note(turn.t('network.who_usage'))];
  const platform = turn.inbound.envelope.platform;
  const now = turn.deps.clock.now();
  const answer = await findPeople(store, {
    organisationId: turn.actor.organisation.id, topic: parsed.data, platform, viewer: await viewerOf(turn), now,
  });
  const empty = answer.colleagues.length === 0 && answer.contactPersons.length === 0;
  const leads = empty ? await leadsOf(turn, store) : [];
  return [{ type: 'ephemeral', message: buildDirectoryCard((k, v) => turn.t(k, v), answer, now, leads) }];
}

export async function viewerOf(turn: Turn): Promise<DirectoryViewer> {
  const mine = await turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id);
  return { staffId: turn.actor.staff.id, role: turn.actor.staff.role, ownPartnerIds: new Set(mine.map((a) => a.partnerId)) };
}

async function leadsOf(turn: Turn<InboundOf<'command'>>, store: NetworkStore): Promise<ColleagueCard[]> {
  const members = (await Promise.all(turn.actor.teams.map((team) => turn.deps.ports.staff.listTeamMembers(team.id)))).flat();
  const ids = [...new Set(members.filter((m) => m.isLead && m.staff.id !== turn.actor.staff.id).map((m) => m.staff.id))];
  return store.describeColleagues(ids, turn.inbound.envelope.platform);
}

function note(text: string): Reply {
  return { type: 'ephemeral', message: { text, blocks: [] } };
}
