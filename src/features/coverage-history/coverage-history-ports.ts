// What the coverage history needs from the store: freezing finished weeks.
import type { WeekEnd } from '../../domain/trend-weeks.ts';

export interface CoverageHistoryPorts {
  /** Freezes the weeks not frozen yet (idempotent); returns the keys it recorded. */
  recordFinishedWeeks(organisationId: string, timeZone: string, weeks: WeekEnd[]): Promise<string[]>;
}
