// What the network feature (directory, partner briefing, profiles, coverage per
// level) reads and writes. src/store/network-store.ts implements it.
import type { Platform } from '../../core/identity.ts';
import type { Level } from '../../core/register-types.ts';

/** A colleague's work contact data and, when linked on the asker's platform, their user id. */
export interface ColleagueCard {
  staffId: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** Platform user id on the asker's platform, for a mention; null when not linked there. */
  platformUserId: string | null;
}

export interface TopicColleague extends ColleagueCard {
  expertise: string[];
  worksAlsoFor: string[];
  /** The short profile text (mijn profiel). */
  about: string | null;
  /** 0–1: how well the topic matches expertise, profile text or werkt ook voor. */
  score: number;
  lastActiveAt: Date | null;
}

export interface MatchedPartner { id: string; name: string; score: number }

/** A colleague's tie with a partner at one level: an assignment and/or contact moments. */
export interface PartnerTie {
  partnerId: string;
  staffId: string;
  level: Level;
  owner: boolean;
  lastContactAt: Date | null;
}

export interface ContactPersonHit {
  id: string;
  partnerId: string;
  partnerName: string;
  name: string;
  jobTitle: string | null;
  level: Level;
  email: string | null;
  phone: string | null;
  expertise: string[];
  /** 0–1: expertise match, or the partner's name match when found through the partner. */
  score: number;
}

export interface DirectorySearch {
  organisationId: string;
  text: string;
  platform: Platform;
  limit: number;
}

export interface DirectoryFindings {
  topicColleagues: TopicColleague[];
  partners: MatchedPartner[];
  ties: PartnerTie[];
  /** Contact data of every colleague in `ties`. */
  tieColleagues: ColleagueCard[];
  contactPersons: ContactPersonHit[];
}

export interface Profile {
  expertise: string[];
  about: string | null;
  worksAlsoFor: string[];
  phone: string | null;
}

export interface CoverageGap {
  partnerId: string;
  partnerName: string;
  categoryName: string;
  missing: Level[];
}

export interface CoverageCounts { total: number; perLevel: Record<Level, number> }

export interface NetworkStore {
  searchDirectory(search: DirectorySearch): Promise<DirectoryFindings>;
  /** Expertise tags in the organisation that look most like the text (for an empty result). */
  relatedTopics(organisationId: string, text: string, limit: number): Promise<string[]>;
  /** Active partners whose name or alias looks like the text, best first. */
  matchPartners(organisationId: string, text: string, limit: number): Promise<MatchedPartner[]>;
  describeColleagues(staffIds: string[], platform: Platform): Promise<ColleagueCard[]>;
  /** Partners the colleague holds an assignment with (the role rule's "own partners"). */
  listOwnPartnerIds(staffId: string): Promise<string[]>;
  readProfile(staffId: string): Promise<Profile | null>;
  saveProfile(staffId: string, profile: Profile): Promise<void>;
  /**
   * Active partners whose rubriek needs a level nobody owns. staffIds = null: the whole
   * organisation; otherwise the partners assigned to those colleagues (a team's partners).
   */
  listCoverageGaps(organisationId: string, staffIds: string[] | null, limit?: number): Promise<CoverageGap[]>;
  countCoverageGaps(organisationId: string, staffIds: string[] | null): Promise<CoverageCounts>;
}
