// "wie kan ik bellen over …": colleagues by expertise, profile and the partners they
// know, and the partner's own contact persons, ranked (src/domain/rank-directory.ts).
// Role rule: colleagues' work e-mail and phone are for everyone; a partner contact
// person's direct details only for the partner's own colleagues and for leads,
// managers and admins — the others are pointed at the colleague who knows them.
import { z } from 'zod';
import type { Platform } from '../../core/identity.ts';
import type { Role } from '../../core/register-types.ts';
import { rankDirectory, type RankedTie } from '../../domain/rank-directory.ts';
import type { ColleagueCard, ContactPersonHit, NetworkStore } from './network-ports.ts';

export const ZDirectoryQuery = z.string({ error: 'zoekterm ontbreekt' }).trim()
  .transform((s) => s.replace(/^((kan ik bellen )?over|about|iets (van|over)|van|of|can i call about)\s+/i, '').replace(/[?!.\s]+$/, '').trim())
  .pipe(z.string().min(2, 'zoekterm is te kort (minstens 2 tekens)').max(100, 'zoekterm is te lang (maximaal 100 tekens)'));

export interface DirectoryViewer { staffId: string; role: Role; ownPartnerIds: Set<string> }

export interface DirectoryColleague extends ColleagueCard {
  expertise: string[];
  worksAlsoFor: string[];
  about: string | null;
  ties: RankedTie[];
}
export interface DirectoryContactPerson extends ContactPersonHit {
  /** False: e-mail and phone are withheld by the role rule (already blanked). */
  detailsVisible: boolean;
}
export interface DirectoryAnswer {
  topic: string;
  colleagues: DirectoryColleague[];
  contactPersons: DirectoryContactPerson[];
  /** Only for an empty answer. */
  related: string[];
}

export interface FindPeopleRequest {
  organisationId: string;
  topic: string;
  platform: Platform;
  viewer: DirectoryViewer;
  now: Date;
  limit?: number;
}

const SEES_ALL_CONTACT_DETAILS: Role[] = ['lead', 'manager', 'admin'];

export async function findPeople(store: NetworkStore, request: FindPeopleRequest): Promise<DirectoryAnswer> {
  const limit = request.limit ?? 8;
  const found = await store.searchDirectory({ organisationId: request.organisationId, text: request.topic, platform: request.platform, limit: limit * 3 });
  const ranked = rankDirectory({ now: request.now, topic: found.topicColleagues, partners: found.partners, ties: found.ties, contactPersons: found.contactPersons });
  const topicOf = new Map(found.topicColleagues.map((c) => [c.staffId, c]));
  const cardOf = new Map<string, ColleagueCard>([...found.tieColleagues, ...found.topicColleagues].map((c) => [c.staffId, c]));
  const colleagues = ranked.colleagues.filter((r) => r.staffId !== request.viewer.staffId).slice(0, limit).flatMap((r) => {
    const card = cardOf.get(r.staffId);
    if (!card) return [];
    const topic = topicOf.get(r.staffId);
    return [{ ...pickCard(card), expertise: topic?.expertise ?? [], worksAlsoFor: topic?.worksAlsoFor ?? [], about: topic?.about ?? null, ties: r.ties }];
  });
  const hitOf = new Map(found.contactPersons.map((c) => [c.id, c]));
  const contactPersons = ranked.contactPersonIds.slice(0, limit).map((id) => withRoleRule(hitOf.get(id)!, request.viewer));
  const empty = colleagues.length === 0 && contactPersons.length === 0;
  const related = empty ? await store.relatedTopics(request.organisationId, request.topic, 5) : [];
  return { topic: request.topic, colleagues, contactPersons, related };
}

function pickCard(c: ColleagueCard): ColleagueCard {
  return { staffId: c.staffId, name: c.name, email: c.email, phone: c.phone, platformUserId: c.platformUserId };
}

export function withRoleRule(hit: ContactPersonHit, viewer: DirectoryViewer): DirectoryContactPerson {
  const visible = SEES_ALL_CONTACT_DETAILS.includes(viewer.role) || viewer.ownPartnerIds.has(hit.partnerId);
  return visible ? { ...hit, detailsVisible: true } : { ...hit, email: null, phone: null, detailsVisible: false };
}
