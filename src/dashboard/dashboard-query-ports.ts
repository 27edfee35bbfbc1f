// The read models of the dashboard pages; src/store/dashboard-queries.ts implements
// them in SQL (aggregations in the database, never loops over rows in JavaScript).
import type { LapseStatus, Level } from '../core/register-types.ts';

/** What a viewer may see: staffIds null = the whole organisation. */
export interface Scope {
  organisationId: string;
  staffIds: string[] | null;
  now: Date;
  timeZone: string;
}

export interface HeatCell { level: Level; status: LapseStatus; days: number | null }
export interface HeatRow { partnerId: string; partnerName: string; categoryName: string | null; overall: LapseStatus; cells: HeatCell[] }
export interface StatusCounts { green: number; yellow: number; red: number; grey: number }
export interface CategoryCount extends StatusCounts { categoryId: string | null; categoryName: string | null }
export interface HeatFilter { q?: string | undefined; categoryId?: string | undefined; status?: LapseStatus | undefined; limit: number; offset: number }

export interface Overview {
  rows: HeatRow[];
  /** Partners matching the filter (the heat map shows `limit` of them). */
  matching: number;
  categories: CategoryCount[];
  levels: Record<Level, StatusCounts>;
}

export interface TrendPoint { weekKey: string; onTime: number; total: number }

export interface TeamWeek { teamId: string; teamName: string; periodKey: string; answered: number; members: number }
export interface TeamCommitments { teamId: string; teamName: string; open: number; done: number; dropped: number }
export interface TeamNudges { teamId: string; teamName: string; sent: number; logged: number; planned: number; snoozed: number; notMine: number; escalated: number; none: number }
export interface Rhythm { weeks: TeamWeek[]; commitments: TeamCommitments[]; nudges: TeamNudges[] }

export interface SuccessFilter { teamId?: string | undefined; partnerId?: string | undefined; tag?: string | undefined; from?: Date | undefined; to?: Date | undefined }
export interface SuccessCard { id: string; title: string; story: string; tags: string[]; createdAt: Date; authorName: string; teamName: string | null; partnerNames: string[]; reactions: number }
export interface SuccessMonth { month: string; count: number; titles: string[] }

export interface PartnerDetail {
  id: string; name: string; categoryName: string | null; sector: string | null; region: string | null;
  levels: HeatCell[];
  contacts: { name: string; jobTitle: string | null; level: Level }[];
  owners: { staffId: string; staffName: string; level: Level; kind: string }[];
  timeline: { at: Date; kind: 'contact' | 'success'; level: Level | null; who: string | null; text: string }[];
}

export interface PersonDetail {
  id: string; name: string; role: string; teamNames: string[];
  partners: { partnerId: string; partnerName: string; categoryName: string | null; level: Level; kind: string; status: LapseStatus; daysSince: number | null }[];
  commitments: { id: string; text: string; partnerName: string | null; createdAt: Date; dueDate: Date | null }[];
  answers: { periodKey: string; done: string; planned: string }[];
}

export interface Option { id: string; name: string }

export interface DashboardQueries {
  overview(scope: Scope, filter: HeatFilter): Promise<Overview>;
  /** "% partners on time" at the end of each given week (last entry may be `now`). */
  trend(scope: Scope, weekEnds: { weekKey: string; at: Date }[]): Promise<TrendPoint[]>;
  rhythm(organisationId: string, teamIds: string[] | null, since: Date): Promise<Rhythm>;
  successes(organisationId: string, filter: SuccessFilter, limit: number): Promise<SuccessCard[]>;
  successMonths(organisationId: string, since: Date, timeZone: string): Promise<SuccessMonth[]>;
  /** Null when the partner does not exist or lies outside the scope. */
  partner(scope: Scope, partnerId: string): Promise<PartnerDetail | null>;
  person(scope: Scope, staffId: string): Promise<PersonDetail | null>;
  categories(organisationId: string): Promise<Option[]>;
  teams(organisationId: string, teamIds: string[] | null): Promise<Option[]>;
  partnersWithSuccesses(organisationId: string): Promise<Option[]>;
  tags(organisationId: string): Promise<string[]>;
}
