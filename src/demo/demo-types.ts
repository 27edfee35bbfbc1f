// The demo organisation as plain data. Rows point at each other by stable keys
// (never database ids), so the generator stays pure and the loader picks the ids.
import type { AssignmentKind, ContactChannel, ContactSource, Level, Role } from '../core/register-types.ts';

export type CommitmentState = 'open' | 'done' | 'dropped';
export type NudgeOutcome = 'logged' | 'planned' | 'snoozed' | 'not_mine' | 'escalated';

export interface DemoCategory {
  key: string;
  name: string;
  idealIntervalDays: number;
  maxIntervalDays: number;
  priority: number;
}

export interface DemoTeam {
  key: string;
  name: string;
  channelRef: string;
  celebrationChannelRef: string;
}

export interface DemoStaff {
  key: string;
  name: string;
  email: string;
  /** Id in the (fictional) HR export. */
  externalId: string;
  role: Role;
  expertise: string[];
  /** Local date (UTC midnight) until which the person is away; null when present. */
  awayUntil: Date | null;
  /** The user id of the local platform identity: a slug of the name. */
  platformUserId: string;
}

export interface DemoMembership {
  teamKey: string;
  staffKey: string;
  isLead: boolean;
}

export interface DemoPartner {
  key: string;
  name: string;
  categoryKey: string;
  sector: string;
  region: string;
  aliases: string[];
  externalId: string;
  /** The team that works with this partner most; drives who owns it. */
  teamKey: string;
}

export interface DemoPartnerContact {
  partnerKey: string;
  name: string;
  jobTitle: string;
  level: Level;
  email: string;
  phone: string;
  expertise: string[];
}

export interface DemoAssignment {
  staffKey: string;
  partnerKey: string;
  level: Level;
  kind: AssignmentKind;
}

export interface DemoContactMoment {
  partnerKey: string;
  staffKey: string;
  occurredAt: Date;
  channel: ContactChannel;
  level: Level;
  note: string;
  source: ContactSource;
}

export interface DemoRound {
  key: string;
  teamKey: string;
  periodKey: string;
  opensAt: Date;
  state: 'open' | 'closed';
  threadRef: string;
}

export interface DemoAnswer {
  roundKey: string;
  staffKey: string;
  done: string;
  planned: string;
  partnerKeys: string[];
  createdAt: Date;
}

export interface DemoCommitment {
  staffKey: string;
  partnerKey: string;
  roundKey: string;
  text: string;
  dueDate: Date;
  state: CommitmentState;
  doneAt: Date | null;
  createdAt: Date;
}

export interface DemoNudge {
  staffKey: string;
  partnerKey: string;
  level: Level;
  sentAt: Date;
  snoozedUntil: Date | null;
  outcome: NudgeOutcome | null;
  outcomeAt: Date | null;
}

export interface DemoSuccess {
  key: string;
  teamKey: string;
  authorKey: string;
  title: string;
  story: string;
  tags: string[];
  reactions: number;
  createdAt: Date;
  partnerKeys: string[];
  thankedStaffKeys: string[];
}

export interface DemoPlan {
  key: string;
  staffKey: string;
  year: number;
  goals: { partnerKey: string; result: string; achieved: boolean }[];
}

export interface DemoCollaboration {
  key: string;
  name: string;
  ownerKey: string;
  participantKeys: string[];
  partnerKeys: string[];
  resultGoal: string;
  stage: 'verkennen' | 'opstarten' | 'uitvoeren' | 'evalueren';
  startDate: Date;
  rounds: { openedAt: Date; closedAt: Date; invited: number; answers: { staffKey: string; scores: Record<string, number | null>; answeredAt: Date }[] }[];
}

export interface DemoOrganisation {
  organisation: { name: string; platform: 'local'; externalId: string; timezone: string; language: string };
  categories: DemoCategory[];
  teams: DemoTeam[];
  staff: DemoStaff[];
  memberships: DemoMembership[];
  partners: DemoPartner[];
  partnerContacts: DemoPartnerContact[];
  assignments: DemoAssignment[];
  contactMoments: DemoContactMoment[];
  rounds: DemoRound[];
  answers: DemoAnswer[];
  commitments: DemoCommitment[];
  nudges: DemoNudge[];
  successes: DemoSuccess[];
  plans: DemoPlan[];
  collaborations: DemoCollaboration[];
}
