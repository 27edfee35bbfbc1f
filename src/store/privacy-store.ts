// The privacy use-cases over one database, behind the port the dashboard uses.
import type { PrivacyPorts } from '../privacy/privacy-ports.ts';
import type { Database } from './database.ts';
import { countPeopleByEmail, EraseBlockedError, erasePerson } from './privacy-erase.ts';
import { isEmpty } from '../privacy/person-export.ts';
import { auditExport, exportPersonData } from './privacy-export.ts';
import { createRetentionStore } from './retention-store.ts';

export function createPrivacyStore(db: Database): PrivacyPorts {
  return {
    async exportPerson(organisationId, email, now, audit) {
      const bundle = await exportPersonData(db.prisma, organisationId, email, now);
      if (!isEmpty(bundle)) await auditExport(db.prisma, organisationId, audit.actorStaffId, 'dashboard', audit.format, now);
      return bundle;
    },
    countPeople: (organisationId, email) => countPeopleByEmail(db.prisma, organisationId, email),
    async erase(request) {
      try {
        const outcome = await erasePerson(db, { ...request, via: 'dashboard' });
        if (!outcome) return { kind: 'not_found' };
        const scrubbedRows = Object.values(outcome.scrubbed).reduce((a, b) => a + b, 0);
        return { kind: 'erased', staff: outcome.staff, contacts: outcome.contacts, scrubbedRows, sharedNames: outcome.sharedNames };
      } catch (err) {
        if (err instanceof EraseBlockedError) return { kind: 'blocked', tables: [...new Set(err.hits.map((h) => h.table))] };
        throw err;
      }
    },
    periodsOf: (organisationId) => createRetentionStore(db.prisma).periodsOf(organisationId),
    setPeriods: (organisationId, periods, actorStaffId, now) =>
      db.prisma.$transaction((tx) => createRetentionStore(tx).setPeriods(organisationId, periods, actorStaffId, now)),
  };
}
