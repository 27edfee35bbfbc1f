// buildDemoOrganisation(now): the whole fictional Ziekenhuis Maasdelta as plain data,
// relative to `now` and the same for the same `now` (one seeded PRNG, fixed order).
import { buildAssignments } from './demo-assignments.ts';
import { DEMO_TIME_ZONE, findNextMonday } from './demo-calendar.ts';
import { buildCheckIns } from './demo-check-ins.ts';
import { buildContactHistory } from './demo-contact-history.ts';
import { buildNudges } from './demo-nudges.ts';
import { buildPartnerContacts } from './demo-partner-contacts.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_ORGANISATION_NAME, DEMO_PEOPLE, DEMO_TEAMS } from './demo-people.ts';
import { buildPlans } from './demo-plans.ts';
import { buildCollaborations } from './demo-collaborations.ts';
import { DEMO_CATEGORIES, DEMO_PARTNERS } from './demo-register.ts';
import { buildSuccesses } from './demo-successes.ts';
import type { DemoMembership, DemoOrganisation, DemoStaff } from './demo-types.ts';
import { createSeededRandom } from './seeded-random.ts';
import { slugName } from './slug-name.ts';

const DEMO_SEED = 0x4d415a; // "MAZ"

export function buildDemoOrganisation(now: Date): DemoOrganisation {
  if (Number.isNaN(now.getTime())) throw new Error('buildDemoOrganisation: ongeldige datum voor "nu".');
  const random = createSeededRandom(DEMO_SEED);
  const staff: DemoStaff[] = DEMO_PEOPLE.map((person, i) => ({
    key: slugName(person.name),
    name: person.name,
    email: `${slugName(person.name, '.')}@${DEMO_EMAIL_DOMAIN}`,
    externalId: `HR-${1001 + i}`,
    role: person.role,
    expertise: person.expertise,
    awayUntil: person.away ? findNextMonday(now) : null,
    platformUserId: slugName(person.name),
  }));
  const memberships: DemoMembership[] = DEMO_PEOPLE.flatMap((person) =>
    person.teamKey ? [{ teamKey: person.teamKey, staffKey: slugName(person.name), isLead: person.role === 'lead' }] : [],
  );
  const partners = DEMO_PARTNERS.map((p) => ({ ...p, aliases: [...p.aliases] }));
  const categories = DEMO_CATEGORIES.map((c) => ({ ...c }));
  const teams = DEMO_TEAMS.map((t) => ({ ...t }));
  const partnerContacts = buildPartnerContacts(partners, random);
  const assignments = buildAssignments(partners, staff, memberships, random);
  const history = buildContactHistory(now, partners, categories, assignments, random);
  const register = { teams, staff, memberships, partners, partnerContacts, assignments, contactMoments: history.moments };
  const checkIns = buildCheckIns(now, register, history.statusByPartner, random);
  const nudges = buildNudges(now, { ...register, categories }, history.statusByPartner, random);
  const successes = buildSuccesses(now, register, history.statusByPartner, random);
  const plans = buildPlans(now, register, random);
  const collaborations = buildCollaborations(now, register, random);
  return {
    organisation: { name: DEMO_ORGANISATION_NAME, platform: 'local', externalId: '', timezone: DEMO_TIME_ZONE, language: 'nl' },
    categories,
    teams,
    staff,
    memberships,
    partners,
    partnerContacts,
    assignments,
    contactMoments: history.moments,
    ...checkIns,
    nudges,
    successes,
    plans,
    collaborations,
  };
}
