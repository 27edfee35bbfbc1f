// "Gedaan: gebeld met Spaarne" with two Spaarne partners is asked back ("Met Spaarne
// bedoel je Spaarne Gasthuis of Spaarne Ziekenhuis?"), and a click logs the contact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/outbound.ts';
import { createCheckinFeature } from '../../../src/features/checkin/checkin-feature.ts';
import { createCommandsFeature } from '../../../src/features/commands/commands-feature.ts';
import { createCheckinStore } from '../../../src/store/checkin-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const MONDAY_0900 = new Date('2026-11-23T08:00:00Z');

const buttonsOf = (replies: Reply[]) =>
  replies.flatMap((r) => (r.type === 'ephemeral' ? r.message.blocks : []))
    .flatMap((b) => (b.type === 'actions' ? b.elements : []))
    .flatMap((e) => (e.type === 'button' ? [e] : []));

describe('check-in: an ambiguous partner name is asked back', () => {
  let h: BotHarness;
  let sanne: string;
  let channelRef: string;
  let threadRef: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await createBotHarness({
      now: new Date('2026-11-22T11:00:00Z'),
      features: (deps, db) => [createCheckinFeature(createCheckinStore(db.prisma), deps), createCommandsFeature()],
    });
    const org = await h.db.prisma.organisation.findFirstOrThrow();
    for (const name of ['Spaarne Gasthuis', 'Spaarne Ziekenhuis']) {
      ids[name] = (await h.db.prisma.partner.create({ data: { organisationId: org.id, name } })).id;
    }
    const team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' }, include: { members: { include: { staff: true } } } });
    sanne = team.members.find((m) => m.staff.name.startsWith('Sanne'))!.staffId;
    channelRef = team.channelRef!;
    await h.advanceTo(MONDAY_0900);
    threadRef = (await h.db.prisma.checkInRound.findFirstOrThrow({ where: { teamId: team.id, periodKey: '2026-W48' } })).threadRef!;
  }, 60_000);
  afterAll(async () => h?.close());

  it('asks which Spaarne was meant, with a button per partner that logs the contact', async () => {
    const envelope = await h.envelopeOf(sanne, { ref: channelRef, kind: 'channel' });
    const replies = await h.send({ type: 'thread_reply', envelope, text: 'Gedaan: gebeld met Spaarne over de ontslagplanning', messageRef: 'm-spaarne-1', threadRef });
    const text = replies.flatMap((r) => (r.type === 'ephemeral' ? r.message.blocks : [])).map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('Met _Spaarne_ bedoel je Spaarne Gasthuis of Spaarne Ziekenhuis?');
    const picks = buttonsOf(replies).filter((b) => b.actionId === 'commands.log_pick');
    expect(picks.map((b) => b.label)).toEqual(['Spaarne Gasthuis', 'Spaarne Ziekenhuis']);

    const before = await h.db.prisma.contactMoment.count({ where: { partnerId: ids['Spaarne Ziekenhuis'] } });
    await h.send({ type: 'action', envelope, actionId: 'commands.log_pick', value: picks[1]!.value });
    const moments = await h.db.prisma.contactMoment.findMany({ where: { partnerId: ids['Spaarne Ziekenhuis'] } });
    expect(moments).toHaveLength(before + 1);
    expect(moments.at(-1)!.note).toBe('gebeld met Spaarne over de ontslagplanning');
  });

  it('the log command names the choices too, and the answered question shows the outcome instead of its buttons', async () => {
    const envelope = await h.envelopeOf(sanne);
    const replies = await h.send({ type: 'command', envelope, text: 'log Spaarne' });
    expect(replies[0]?.type === 'ephemeral' && replies[0].message.text).toBe('Bedoel je Spaarne Gasthuis of Spaarne Ziekenhuis?');
    const pick = buttonsOf(replies).find((b) => b.label === 'Spaarne Gasthuis')!;
    const [outcome] = await h.send({ type: 'action', envelope, actionId: 'commands.log_pick', value: pick.value });
    expect(outcome?.type).toBe('update_source');
    expect(outcome?.type === 'update_source' && outcome.message.text).toContain('Spaarne Gasthuis');
    expect(await h.db.prisma.contactMoment.count({ where: { partnerId: ids['Spaarne Gasthuis'] } })).toBe(1);
  });
});
