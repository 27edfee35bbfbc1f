// What the monthly introductions read and write.
import type { IntroductionPair, Knower, Newcomer } from '../../domain/pair-introductions.ts';

export interface IntroductionCandidates {
  newcomers: Newcomer[];
  knowers: Knower[];
  /** pairKey()s of pairs introduced since `since`. */
  recentPairs: Set<string>;
}

export interface IntroductionStore {
  /** Newcomers of the team (joined since `joinedSince`, not opted out) and colleagues outside the team who could help them. */
  loadCandidates(teamId: string, joinedSince: Date, tiesSince: Date, pairsSince: Date): Promise<IntroductionCandidates>;
  recordIntroductions(organisationId: string, pairs: IntroductionPair[], at: Date): Promise<void>;
  setTeamIntroductions(teamId: string, enabled: boolean): Promise<void>;
  isTeamIntroducing(teamId: string): Promise<boolean>;
  setOptOut(staffId: string, optOut: boolean): Promise<void>;
}
