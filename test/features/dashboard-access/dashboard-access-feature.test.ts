// The chat side: `/rro dashboard` stores a magic link (hash only, 15 minutes) and
// sends exactly one DM with the link, in the same transaction; once sent, the
// outbox keeps the DM without the token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardAccessFeature } from '../../../src/features/dashboard-access/dashboard-access-feature.ts';
import { hashMagicToken } from '../../../src/features/dashboard-access/magic-token.ts';
import { createDashboardSessionStore } from '../../../src/store/dashboard-session-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';
import { testDbKinds } from '../../support/test-database.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

describe.each(testDbKinds())('dashboard command (%s)', (kind) => {
  let h: BotHarness;
  let sanne: { id: string };

  beforeAll(async () => {
    h = await createBotHarness({
      kind, now: NOW,
      features: (_deps, db) => [createDashboardAccessFeature(createDashboardSessionStore(db.prisma), { publicUrl: 'https://rro.example.nl/' })],
    });
    sanne = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
  }, 120_000);
  afterAll(async () => h?.close());

  it('replies ephemerally and DMs a single-use link valid for 15 minutes; only its hash is stored', async () => {
    const replies = await h.send({ type: 'command', envelope: await h.envelopeOf(sanne.id), text: 'dashboard', trigger: 't' });
    expect(replies).toEqual([{ type: 'ephemeral', message: { text: 'Ik heb je een link gestuurd (15 minuten geldig).', blocks: [] } }]);
    const dms = h.platform.to(`person:${sanne.id}`);
    expect(dms).toHaveLength(1);
    const text = dms[0]!.delivery.type === 'post' ? dms[0]!.delivery.message.text : '';
    const token = /https:\/\/rro\.example\.nl\/dashboard\/login\?token=([A-Za-z0-9_-]{43})/.exec(text)![1]!;
    const link = await h.db.prisma.magicLink.findFirstOrThrow({ where: { staffId: sanne.id } });
    expect(link.tokenHash).toBe(hashMagicToken(token));
    expect(link.expiresAt.getTime() - NOW.getTime()).toBe(15 * 60_000);
    expect(link.usedAt).toBeNull();
    expect(JSON.stringify(await h.db.prisma.magicLink.findMany())).not.toContain(token);
    const outbox = await h.db.prisma.outbox.findUniqueOrThrow({ where: { idempotencyKey: `dashboard-link:${link.id}` } });
    expect(outbox.status).toBe('sent');
    expect(dms[0]!.text).toContain('Open het dashboard');
    // Once sent, the stored payload holds no usable token (a database reader cannot log in).
    expect(JSON.stringify(await h.db.prisma.outbox.findMany())).not.toContain(token);
    expect(JSON.stringify(outbox.payload)).toContain('/dashboard/login?token=[verlopen]');
  });

  it('every request gets its own link', async () => {
    await h.send({ type: 'command', envelope: await h.envelopeOf(sanne.id), text: 'dashboard', trigger: 't2' });
    const links = await h.db.prisma.magicLink.findMany({ where: { staffId: sanne.id } });
    expect(new Set(links.map((l) => l.tokenHash)).size).toBe(2);
    expect(h.platform.to(`person:${sanne.id}`)).toHaveLength(2);
  });
});
