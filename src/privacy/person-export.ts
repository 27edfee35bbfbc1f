// The inzage bundle (AVG art. 15): everything stored about one e-mail address in one
// organisation, as staff member and/or partner contact person, plus free text of
// others that mentions them. Plain JSON; dates as ISO strings once serialised.
export const EXPORT_FORMAT = 'rro-bot/inzage/1';

export type Row = Record<string, unknown>;

export interface StaffSection {
  profile: Row;
  identities: Row[];
  teams: Row[];
  assignments: Row[];
  contactMoments: Row[];
  checkInAnswers: Row[];
  commitments: Row[];
  nudges: Row[];
  successesWritten: Row[];
  successesThankingThem: Row[];
  plans: Row[];
  introductions: Row[];
  collaborationsOwned: Row[];
  collaborationsJoined: Row[];
  quickScanAnswers: Row[];
  relationshipPulses: Row[];
  magicLinks: Row[];
  dashboardSessions: Row[];
  conversationRefs: Row[];
  outboxMessagesToThem: Row[];
  auditEventsByThem: Row[];
}

export interface ContactSection {
  contact: Row;
  partner: string;
}

export interface Mentions {
  checkInAnswers: Row[];
  commitments: Row[];
  contactNotes: Row[];
  successes: Row[];
  planGoals: Row[];
  outboxMessages: Row[];
  auditEvents: Row[];
}

export interface PersonExport {
  format: typeof EXPORT_FORMAT;
  generatedAt: string;
  organisation: string;
  email: string;
  staff: StaffSection[];
  partnerContacts: ContactSection[];
  mentions: Mentions;
}

export function isEmpty(bundle: PersonExport): boolean {
  return bundle.staff.length === 0 && bundle.partnerContacts.length === 0;
}
