// The retention job on a manual clock: at 03:15 local it redacts answer, commitment
// and note text older than the organisation's period, empties sent messages older
// than theirs, deletes old audit events and expired links/sessions — exactly those,
// nothing younger — and a second run changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivacyFeature } from '../../src/privacy/privacy-feature.ts';
import { ZOutboundDelivery } from '../../src/core/outbound.ts';
import { createOutboxStore } from '../../src/store/outbox-store.ts';
import { createRetentionStore } from '../../src/store/retention-store.ts';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { testDbKinds } from '../support/test-database.ts';

const START = new Date('2027-06-14T20:00:00Z'); // Monday evening, Amsterdam summer time
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(START.getTime() - n * DAY);
const MARKER = '[verwijderd na bewaartermijn]';

describe.each(testDbKinds())('retention job (%s)', (kind) => {
  let h: BotHarness;
  let organisationId: string;
  let old: Record<string, string>;
  let recent: Record<string, string>;

  beforeEach(async () => {
    h = await createBotHarness({ kind, now: START, empty: true, features: (deps, db) => [createPrivacyFeature(createRetentionStore(db.prisma), deps)] });
    const p = h.db.prisma;
    const org = await p.organisation.create({ data: { name: 'Zorg Kust' } });
    organisationId = org.id;
    const team = await p.team.create({ data: { organisationId, name: 'Wijkteam' } });
    const staff = await p.staff.create({ data: { organisationId, name: 'Anna Bakker', email: 'anna@kust.example' } });
    const partner = await p.partner.create({ data: { organisationId, name: 'Huisartsen Kust' } });
    const seed = async (age: number, tag: string) => {
      // The recent link and session are still valid at the run; the others expired.
      const expiresAt = tag === 'recent' ? new Date(START.getTime() + 2 * DAY) : daysAgo(age - 1);
      const round = await p.checkInRound.create({ data: { teamId: team.id, periodKey: `w-${tag}`, opensAt: daysAgo(age) } });
      const answer = await p.checkInAnswer.create({ data: { roundId: round.id, staffId: staff.id, done: `gedaan ${tag}`, planned: `ga doen ${tag}` } });
      // @updatedAt is set by Prisma on every write: put the real age in with SQL.
      await p.$executeRawUnsafe(`UPDATE "CheckInAnswer" SET "updatedAt" = $1 WHERE id = $2::uuid`, daysAgo(age), answer.id);
      const commitment = await p.commitment.create({ data: { staffId: staff.id, roundId: round.id, text: `bellen ${tag}`, createdAt: daysAgo(age) } });
      const moment = await p.contactMoment.create({ data: { partnerId: partner.id, staffId: staff.id, occurredAt: daysAgo(age), level: 'operationeel', note: `notitie ${tag}` } });
      await createOutboxStore(p).enqueue([{ key: `msg-${tag}`, delivery: { type: 'post', platform: 'local', to: { kind: 'person', staffId: staff.id }, message: { text: `bericht ${tag}`, blocks: [] } } }]);
      await p.outbox.update({ where: { idempotencyKey: `msg-${tag}` }, data: { status: 'sent', sentAt: daysAgo(age) } });
      const audit = await p.auditEvent.create({ data: { organisationId, action: 'test', subject: tag, createdAt: daysAgo(age) } });
      const link = await p.magicLink.create({ data: { staffId: staff.id, tokenHash: `link-${tag}`, expiresAt } });
      const session = await p.dashboardSession.create({ data: { staffId: staff.id, tokenHash: `session-${tag}`, expiresAt } });
      return { answer: answer.id, commitment: commitment.id, moment: moment.id, audit: audit.id, link: link.id, session: session.id };
    };
    // Just past each default period (24 months, 30 days, 7 years) and just inside it.
    old = await seed(8 * 365, 'oud');
    recent = await seed(29, 'recent');
    await seed(800, 'twee-jaar'); // > 24 months: text redacted, audit kept
    await h.scheduler.reload();
  });
  afterEach(async () => {
    await h.close();
  });

  it('at 03:15 redacts and purges exactly what is past its period, and is idempotent', async () => {
    const p = h.db.prisma;
    expect(await h.advanceTo(new Date('2027-06-15T01:10:00Z'))).toEqual([]); // 03:10 local: not yet
    expect(await p.checkInAnswer.count({ where: { done: MARKER } })).toBe(0);
    const ran = await h.advanceTo(new Date('2027-06-15T01:20:00Z'));
    expect(ran).toEqual([`retention:${organisationId}:2027-06-15`]);

    const answers = await p.checkInAnswer.findMany({ orderBy: { createdAt: 'asc' } });
    expect(answers.map((a) => [a.done, a.planned])).toEqual([[MARKER, ''], ['gedaan recent', 'ga doen recent'], [MARKER, '']]);
    expect((await p.commitment.findUniqueOrThrow({ where: { id: old.commitment! } })).text).toBe(MARKER);
    expect((await p.commitment.findUniqueOrThrow({ where: { id: recent.commitment! } })).text).toBe('bellen recent');
    expect((await p.contactMoment.findMany({ orderBy: { occurredAt: 'asc' } })).map((m) => m.note)).toEqual([null, null, 'notitie recent']);
    expect(await p.contactMoment.count()).toBe(3); // counted still, only the text is gone

    const outbox = await p.outbox.findMany({ orderBy: { sentAt: 'asc' } });
    expect(outbox.map((o) => ZOutboundDelivery.parse(o.payload))).toMatchObject([
      { message: { text: MARKER, blocks: [] } }, { message: { text: MARKER, blocks: [] } }, { message: { text: 'bericht recent' } },
    ]);
    expect((await p.auditEvent.findMany({ orderBy: { createdAt: 'asc' } })).map((a) => a.subject)).toEqual(['twee-jaar', 'recent']);
    expect(await p.magicLink.findMany({ select: { tokenHash: true } })).toEqual([{ tokenHash: 'link-recent' }]);
    expect(await p.dashboardSession.findMany({ select: { tokenHash: true } })).toEqual([{ tokenHash: 'session-recent' }]);

    // The same day again: claimed already. Applied by hand: nothing left to do.
    expect(await h.advanceTo(new Date('2027-06-15T09:00:00Z'))).toEqual([]);
    expect(await createRetentionStore(p).apply(organisationId, h.clock.now(), MARKER)).toEqual({
      answersRedacted: 0, commitmentsRedacted: 0, notesRedacted: 0, outboxPurged: 0, auditDeleted: 0, magicLinksDeleted: 0, sessionsDeleted: 0,
    });
  });

  it('uses the periods an admin set, and audits the change', async () => {
    const p = h.db.prisma;
    await createRetentionStore(p).setPeriods(organisationId, { answerTextMonths: 1, sentOutboxDays: 10, auditMonths: 12 }, null, START);
    await h.advanceTo(new Date('2027-06-15T01:20:00Z'));
    expect((await p.checkInAnswer.findFirstOrThrow({ where: { id: recent.answer! } })).done).toBe('gedaan recent'); // 29 days < 1 month
    expect((await p.outbox.findUniqueOrThrow({ where: { idempotencyKey: 'msg-recent' } })).payload).toMatchObject({ purged: true });
    expect((await p.auditEvent.findMany({ select: { subject: true, action: true } })).map((a) => a.subject ?? a.action)).toEqual(expect.arrayContaining(['recent', 'privacy.retention_changed']));
    expect(await p.auditEvent.count({ where: { subject: 'twee-jaar' } })).toBe(0);
  });
});
