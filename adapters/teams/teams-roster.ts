// Who is who in a Teams conversation: the roster (`conversations/{id}/members`)
// gives e-mail / UPN, which links staff imported by CSV. Fetched once per
// conversation and cached; a failed fetch is logged and retried next time.
import type { Connector, RosterMember } from './teams-connector.ts';
import { baseConversationOf } from './teams-refs.ts';
import type { TeamsActivity } from './teams-activity.ts';

export interface RosterPerson {
  platformUserId: string;
  email?: string;
  name?: string;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function toRosterPerson(m: RosterMember): RosterPerson {
  const email = [m.email, m.userPrincipalName].find((e) => typeof e === 'string' && EMAIL.test(e));
  return { platformUserId: m.aadObjectId ?? m.id, ...(email ? { email: email.toLowerCase() } : {}), ...(m.name ? { name: m.name } : {}) };
}

export function createRoster(connector: Connector, log: { warn(obj: object, msg: string): void }) {
  const cache = new Map<string, Promise<RosterPerson[]>>();

  function rosterId(activity: TeamsActivity): string {
    return activity.channelData?.team?.id ?? baseConversationOf(activity.conversation.id);
  }

  async function peopleOf(activity: TeamsActivity): Promise<RosterPerson[]> {
    const id = rosterId(activity);
    let found = cache.get(id);
    if (!found) {
      found = connector.members(activity.serviceUrl, id).then((members) => members.map(toRosterPerson));
      cache.set(id, found);
    }
    try {
      return await found;
    } catch (err) {
      cache.delete(id);
      log.warn({ err, conversation: id }, 'Teams-rooster ophalen mislukt; verder zonder e-mail');
      return [];
    }
  }

  return {
    peopleOf,
    async emailOf(activity: TeamsActivity): Promise<string | undefined> {
      const userId = activity.from.aadObjectId ?? activity.from.id;
      const people = await peopleOf(activity);
      return people.find((p) => p.platformUserId === userId)?.email;
    },
  };
}
export type Roster = ReturnType<typeof createRoster>;
