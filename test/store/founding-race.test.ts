// A chat platform's first install and the web setup (/dashboard/opzetten) arriving at the
// same moment on an empty database: exactly one of them founds the organisation, with one
// admin; the other writes nothing. On a real PostgreSQL the two transactions truly overlap.
import { describe, expect, it } from 'vitest';
import { createFirstAdminStore } from '../../src/store/first-admin-store.ts';
import { createOnboardingStore } from '../../src/store/onboarding-store.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

// PGlite runs one statement at a time, so one round shows the outcome there; PostgreSQL gets
// several chances to interleave the two transactions (without the shared lock, 2 organisations
// showed up in the first round or two).
const ROUNDS = { pglite: 1, postgres: 5 } as const;

describe.each(testDbKinds())('founding an organisation (%s)', (kind) => {
  it('a first install and a first admin at once found one organisation, never two', async () => {
    const outcomes = { install: 0, web: 0 };
    for (let round = 0; round < ROUNDS[kind]; round++) {
      const db = await openTestDatabase(kind);
      try {
        const [installed, admin] = await Promise.all([
          createOnboardingStore(db.prisma).installFirstOrganisation({
            platform: 'slack', platformOrgId: `T${round}`, organisationName: 'Zorggroep Slack', teamName: 'Transferpunt',
            timezone: 'Europe/Amsterdam', language: 'nl', installer: { platformUserId: `U${round}`, name: 'Ilse Installeert', email: null },
          }),
          createFirstAdminStore(db.prisma).createFirstAdmin({ organisationName: 'Zorggroep Web', name: 'Wim Webbeheer', email: 'wim@zorg.example' }),
        ]);
        expect(await db.prisma.organisation.count()).toBe(1);
        expect(await db.prisma.staff.count({ where: { role: 'admin' } })).toBe(1);
        // Exactly one side says it founded it.
        expect([installed.kind === 'installed', admin !== null].filter(Boolean)).toHaveLength(1);
        if (installed.kind === 'installed') outcomes.install++;
        else outcomes.web++;
      } finally {
        await db.close();
      }
    }
    expect(outcomes.install + outcomes.web).toBe(ROUNDS[kind]);
  });
});
