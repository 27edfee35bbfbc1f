// What the plan feature needs from storage; src/store/plan-store.ts implements it.
// A plan is one person's goals for one calendar year, each goal about a partner.

export const GOAL_PROGRESS = ['on_track', 'behind', 'reached', 'adjust'] as const;
export type GoalProgressStatus = (typeof GOAL_PROGRESS)[number];

export interface GoalProgress {
  /** Local month 'YYYY-MM'. */
  month: string;
  status: GoalProgressStatus;
  note: string | null;
}

export interface PlanGoal {
  id: string;
  staffId: string;
  year: number;
  partnerId: string | null;
  partnerName: string | null;
  result: string;
  measure: string | null;
  target: string | null;
  /** Local date 'YYYY-MM-DD'. */
  dueDate: string | null;
  subResults: string[];
  achieved: boolean;
  /** Oldest first. */
  progress: GoalProgress[];
}

export interface GoalInput {
  partnerId: string | null;
  result: string;
  measure: string | null;
  target: string | null;
  dueDate: string | null;
  subResults: string[];
}

/** A partner relationship a plan could have a goal for. */
export interface PlannedAssignment {
  staffId: string;
  staffName: string;
  partnerId: string;
  partnerName: string;
}

export interface PlanPorts {
  /** Assignments (one row per person and partner) of these people, or of the whole organisation when null. */
  listAssignments(organisationId: string, staffIds: string[] | null): Promise<PlannedAssignment[]>;
  /** Goals of these people in a year, by person then partner name. */
  listGoals(staffIds: string[], year: number): Promise<PlanGoal[]>;
  /** Everyone's goals with one partner in a year (with the holder's name), not achieved first. */
  listGoalsWithPartner(partnerId: string, year: number): Promise<(PlanGoal & { staffName: string })[]>;
  findGoal(id: string): Promise<PlanGoal | null>;
  /** Creates the year's plan when needed; updates the goal when `goalId` is the person's own. Null when it is not. */
  saveGoal(staffId: string, year: number, goalId: string | null, input: GoalInput, at: Date): Promise<PlanGoal | null>;
  /** Staff with role manager: management, whose own strategic relations set the example. */
  listManagerIds(organisationId: string): Promise<string[]>;
  /** Assignments of these people that started on or after `since`, leaving out each person's first day of assignments (the import). */
  listNewAssignments(staffIds: string[], since: Date): Promise<PlannedAssignment[]>;
  /** Until when a person snoozed the plan question with this key; null when not snoozed. */
  findAskSnooze(staffId: string, key: string): Promise<Date | null>;
  snoozeAsk(organisationId: string, staffId: string, key: string, until: Date): Promise<void>;
  /** One progress per goal and month (a later tap replaces it); 'reached' marks the goal achieved. */
  recordProgress(goalId: string, progress: GoalProgress, at: Date): Promise<void>;
}
