// What the partner briefing reads: everything worth knowing before a meeting.
import type { Platform } from '../../core/identity.ts';
import type { Level } from '../../core/register-types.ts';
import type { ColleagueCard } from './network-ports.ts';

export interface BriefingOwner extends ColleagueCard { level: Level; kind: 'owner' | 'co_owner' }
export interface BriefingLevelContact { level: Level; at: Date; byName: string | null }
export interface BriefingContactPerson {
  name: string; jobTitle: string | null; level: Level; email: string | null; phone: string | null; expertise: string[];
}
export interface BriefingCommitment { text: string; staffName: string; dueDate: string | null; createdAt: Date }
export interface BriefingSuccess { title: string; authorName: string; createdAt: Date }

export interface PartnerBriefingData {
  id: string;
  name: string;
  categoryName: string | null;
  sector: string | null;
  region: string | null;
  /** Levels the rubriek needs an owner at; none without a rubriek. */
  requiredLevels: Level[];
  owners: BriefingOwner[];
  lastContacts: BriefingLevelContact[];
  contactPersons: BriefingContactPerson[];
  openCommitments: BriefingCommitment[];
  recentSuccesses: BriefingSuccess[];
}

/** A reached or open yearly-plan goal with this partner (the plan feature provides it). */
export interface BriefingPlanGoal { result: string; staffName: string; achieved: boolean }

export interface BriefingStore {
  loadBriefing(partnerId: string, platform: Platform, since: Date): Promise<PartnerBriefingData | null>;
}

/**
 * Hook for the yearly-plan feature: when given, the briefing lists the partner's plan
 * goals. Kept optional so the briefing never depends on plans being there.
 */
export type PlanGoalsOfPartner = (partnerId: string, year: number) => Promise<BriefingPlanGoal[]>;
