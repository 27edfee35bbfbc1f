// Where the schema keeps data about a person, and what inzage (export) and
// verwijderen (erase) do with each model. A test compares this map with
// prisma/schema.prisma: a new model that points at Staff or PartnerContact fails
// it until it is listed here (and handled by the export and the erase).

export interface PersonDataRule {
  /** How the export finds it. */
  export: string;
  /** What erase does with it. */
  erase: string;
}

export const STAFF_DATA: Record<string, PersonDataRule> = {
  Staff: { export: 'the profile row', erase: 'deleted (cascades to the rows below)' },
  StaffIdentity: { export: 'platform accounts', erase: 'deleted (cascade)' },
  TeamMembership: { export: 'teams and lead role', erase: 'deleted (cascade)' },
  Assignment: { export: 'partners owned', erase: 'deleted (cascade)' },
  ContactMoment: { export: 'contact moments they logged', erase: 'kept and counted, staffId set to null, name scrubbed from the note' },
  CheckInAnswer: { export: 'their check-in answers', erase: 'deleted (cascade); their name scrubbed from others\' answers' },
  Commitment: { export: 'their "ga doen" items', erase: 'deleted (cascade); name scrubbed from others\'' },
  Nudge: { export: 'nudges sent to them', erase: 'deleted (cascade); queueHandledBy (who handled a reassign-queue item) set to null' },
  Success: { export: 'successes they wrote', erase: 'their own deleted (cascade); name scrubbed from others\' title and story' },
  SuccessThanks: { export: 'successes that thank them', erase: 'deleted (cascade)' },
  Plan: { export: 'yearly plans with goals and their monthly progress', erase: 'deleted with goals and progress (cascade)' },
  Collaboration: { export: 'collaborations they own', erase: 'kept, ownerId set to null; name scrubbed from the result goal' },
  CollaborationParticipant: { export: 'collaborations they take part in', erase: 'deleted (cascade)' },
  QuickScanAnswer: { export: 'their own quick-scan answers (scores and remark)', erase: 'deleted (cascade); closed rounds are recomputed without them' },
  Introduction: { export: 'introductions to colleagues (either side)', erase: 'deleted (cascade)' },
  RelationshipPulse: { export: 'their relationship pulse scores per partner and month', erase: 'deleted (cascade)' },
  MagicLink: { export: 'login links (times only)', erase: 'deleted (cascade)' },
  DashboardSession: { export: 'dashboard sessions (times only)', erase: 'deleted (cascade)' },
  ConversationRef: { export: 'key person:<staffId> or person:<platform user id>, or a chat naming them as user', erase: 'deleted; name scrubbed from the others' },
  Outbox: { export: 'messages addressed to them (payload.to.staffId) and mentioning them', erase: 'addressed to them deleted; name scrubbed from the others' },
  ImportDraft: { export: 'not exported: a working copy of a file they uploaded, deleted within the hour', erase: 'deleted (cascade); names scrubbed from others\' drafts' },
  AuditEvent: { export: 'events they caused (actorStaffId) or that mention them', erase: 'actorStaffId set to null, name scrubbed' },
};

export const CONTACT_DATA: Record<string, PersonDataRule> = {
  PartnerContact: { export: 'the contact row and its partner', erase: 'deleted; name scrubbed from free text everywhere' },
};

/**
 * Columns that hold free text people write, scrubbed of an erased name and e-mail.
 * Everything else that still matches after the scrub stops the erase (see erasePerson).
 */
export const FREE_TEXT_COLUMNS: Record<string, string[]> = {
  CheckInAnswer: ['done', 'planned'],
  Commitment: ['text'],
  ContactMoment: ['note'],
  Success: ['title', 'story'],
  PlanGoal: ['result', 'measure', 'target', 'subResults'],
  PlanGoalProgress: ['note'],
  Collaboration: ['resultGoal'],
  QuickScanAnswer: ['remark'],
  Staff: ['about'],
  JobRun: ['error'],
  Outbox: ['payload', 'lastError'],
  ConversationRef: ['ref'],
  SentForm: ['form'],
  AuditEvent: ['subject', 'details'],
  ImportDraft: ['fileName', 'table', 'result'],
};

/**
 * The other text columns: the register's own names and keys, settings and platform
 * references. Erase does not rewrite them (a partner named after a person must be
 * renamed by an admin); if the erased name or e-mail is found there, the erase stops.
 */
export const OTHER_TEXT_COLUMNS: Record<string, string[]> = {
  Organisation: ['name', 'platform', 'externalId', 'timezone', 'language', 'managementCheckinCadence'],
  Team: ['name', 'channelRef', 'celebrationChannelRef', 'timezone', 'language', 'checkinTime', 'reminderTime', 'agendaTime', 'nudgeTime'],
  Staff: ['name', 'email', 'externalId', 'expertise', 'language', 'timezone', 'phone', 'worksAlsoFor'],
  StaffIdentity: ['platform', 'platformUserId', 'platformOrgId'],
  Category: ['name'],
  Partner: ['name', 'sector', 'region', 'aliases', 'externalId'],
  PartnerContact: ['name', 'jobTitle', 'email', 'phone', 'expertise'],
  CheckInRound: ['periodKey', 'threadRef'],
  CheckInAnswer: ['partnerIds', 'messageRefs'],
  Success: ['tags', 'celebrationMessageRef'],
  ConversationRef: ['platform', 'key'],
  SentForm: ['platform', 'platformUserId'],
  JobRun: ['runKey', 'jobId', 'claimedBy'],
  Outbox: ['idempotencyKey', 'platform', 'deliveredRef', 'lockedBy'],
  PlanGoalProgress: ['month'],
  RelationshipPulse: ['month'],
  WorkerInstance: ['id'],
  InboundReceipt: ['key'],
  Introduction: ['topic'],
  Collaboration: ['name'],
  QuickScanAnswer: ['scores'],
  QuickScanRound: ['trigger'],
  AuditEvent: ['action'],
  MagicLink: ['tokenHash'],
  DashboardSession: ['tokenHash'],
  ErasureTombstone: ['emailHash', 'kind'],
  PartnerCoverageWeek: ['weekKey'],
  CoverageWeek: ['weekKey'],
  ImportDraft: ['kind', 'encoding', 'separator', 'mapping', 'resolutions'],
  ImportColumnChoice: ['kind', 'mapping'],
};
