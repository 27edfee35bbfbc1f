// What the dashboard's privacy page needs from the store (src/store/privacy-store.ts).
import type { PersonExport } from './person-export.ts';
import type { RetentionPeriods } from './retention-policy.ts';

export interface EraseRequest {
  organisationId: string;
  email: string;
  actorStaffId: string;
  now: Date;
  replacement: string;
}

export type EraseResult =
  | { kind: 'erased'; staff: number; contacts: number; scrubbedRows: number; sharedNames: number }
  | { kind: 'not_found' }
  | { kind: 'blocked'; tables: string[] };

export interface PrivacyPorts {
  /** Audited (who asked, which format) when someone was found. */
  exportPerson(organisationId: string, email: string, now: Date, audit: { actorStaffId: string; format: string }): Promise<PersonExport>;
  countPeople(organisationId: string, email: string): Promise<{ staff: number; contacts: number }>;
  erase(request: EraseRequest): Promise<EraseResult>;
  periodsOf(organisationId: string): Promise<RetentionPeriods>;
  setPeriods(organisationId: string, periods: RetentionPeriods, actorStaffId: string, now: Date): Promise<void>;
}
