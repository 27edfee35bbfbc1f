// Every chat path that stores or posts text, tried with every rendering of a BSN: each
// is refused, and afterwards no table holds it and the stand-in platform never got it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatures } from '../../src/app/create-features.ts';
import type { Envelope } from '../../src/core/identity.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { RENDERINGS, VALID_BSNS } from '../support/bsn-renderings.ts';
import { findStoredBsn, stringsWithBsn } from '../support/find-stored-bsn.ts';
import { testDbKinds } from '../support/test-database.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');
const MONDAY_0900 = new Date('2026-11-23T08:00:00Z');

type Build = (text: string, n: number) => Inbound;

function refusal(replies: Reply[]): string {
  if (replies.length !== 1) return `expected one reply, got ${replies.map((r) => r.type).join(', ')}`;
  const reply = replies[0]!;
  if (reply.type === 'form_errors') return Object.values(reply.errors).some((e) => e.includes('BSN')) ? 'refused' : JSON.stringify(reply);
  if (reply.type === 'ephemeral') return reply.message.text.includes('BSN') ? 'refused' : reply.message.text;
  return reply.type;
}

describe.each(testDbKinds())('BSN guard on every chat path (%s)', (kind) => {
  let h: BotHarness;
  const at = {} as { sanne: Envelope; sanneInChannel: Envelope; lead: Envelope; admin: Envelope; roundId: string; threadRef: string; partnerId: string; teamId: string };

  beforeAll(async () => {
    h = await createBotHarness({ kind, now: SUNDAY, features: (deps, db) => createFeatures(db, deps) });
    await h.advanceTo(MONDAY_0900);
    const team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
    const round = await h.db.prisma.checkInRound.findFirstOrThrow({ where: { teamId: team.id, periodKey: '2026-W48' } });
    const sanne = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    const lead = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Marieke van der Linden' } });
    const admin = await h.db.prisma.staff.findFirstOrThrow({ where: { role: 'admin' } });
    const partner = await h.db.prisma.assignment.findFirstOrThrow({ where: { staffId: sanne.id }, include: { partner: true } });
    Object.assign(at, {
      sanne: await h.envelopeOf(sanne.id, { ref: `dm-${sanne.id}`, kind: 'dm' }),
      sanneInChannel: await h.envelopeOf(sanne.id, { ref: team.channelRef!, kind: 'channel' }),
      lead: await h.envelopeOf(lead.id, { ref: team.channelRef!, kind: 'channel' }),
      admin: await h.envelopeOf(admin.id),
      roundId: round.id, threadRef: round.threadRef!, partnerId: partner.partnerId, teamId: team.id,
    });
    // A clean answer to edit later.
    const clean = await h.send({ type: 'thread_reply', envelope: at.sanneInChannel, text: 'Gedaan: gebeld met de wijkverpleging', messageRef: 'reply-clean', threadRef: at.threadRef });
    expect(refusal(clean)).not.toBe('refused');
    h.platform.clear();
  }, 120_000);
  afterAll(async () => h?.close());

  const paths: [string, Build][] = [
    ['thread reply', (text, n) => ({ type: 'thread_reply', envelope: at.sanneInChannel, text: `Gedaan: ${text}`, messageRef: `r-${n}`, threadRef: at.threadRef })],
    ['edit of an answer', (text) => ({ type: 'message_edited', envelope: at.sanneInChannel, text: `Gedaan: ${text}`, messageRef: 'reply-clean', threadRef: at.threadRef })],
    ['direct message', (text, n) => ({ type: 'direct_message', envelope: at.sanne, text, messageRef: `dm-${n}` })],
    ['check-in form (gedaan)', (text) => ({ type: 'form_submitted', envelope: at.sanne, formId: 'checkin.answer', context: at.roundId, values: { done: text, planned: 'Evaluatie plannen' } })],
    ['check-in form (ga doen)', (text) => ({ type: 'form_submitted', envelope: at.sanne, formId: 'checkin.answer', context: at.roundId, values: { done: 'Gebeld', planned: text } })],
    ['log command with a note', (text) => ({ type: 'command', envelope: at.sanne, text: `log Het Baken ${text}` })],
    ['contact-log form note', (text) => ({
      type: 'form_submitted', envelope: at.sanne, formId: 'contact.log', context: '',
      values: { partner: at.partnerId, date: '2026-11-23', how: 'phone', level: 'operationeel', note: text },
    })],
    ['success form story', (text) => ({ type: 'form_submitted', envelope: at.sanne, formId: 'success.share', context: '', values: { title: 'Warme overdracht', story: text, partners: [at.partnerId] } })],
    ['success form title', (text) => ({ type: 'form_submitted', envelope: at.sanne, formId: 'success.share', context: '', values: { title: text.slice(0, 150), story: 'Samen de overdracht verbeterd.' } })],
    ['settings: rubriek name', (text) => ({
      type: 'form_submitted', envelope: at.admin, formId: 'settings.categories', context: at.teamId, values: { name: text.slice(0, 200), idealIntervalDays: '30', maxIntervalDays: '60' },
    })],
    ['settings: channel', (text) => ({ type: 'form_submitted', envelope: at.lead, formId: 'settings.channels', context: at.teamId, values: { channelRef: text, celebrationChannelRef: '' } })],
    ['away command', (text) => ({ type: 'command', envelope: at.sanne, text: `afwezig tot ${text}` })],
    ['a chosen option', (text) => ({ type: 'action', envelope: at.sanne, actionId: 'nudge.snooze', value: '', selected: [text] })],
  ];

  it.each(paths)('%s: every rendering is refused, nothing stored, nothing posted', async (_path, build) => {
    const outcomes: string[] = [];
    let n = 0;
    for (const [name, render] of RENDERINGS) {
      const bsn = VALID_BSNS[n % VALID_BSNS.length]!;
      const replies = await h.send(build(`Overleg met Het Baken over cliënt ${render(bsn)} gehad`, ++n));
      const outcome = refusal(replies);
      if (outcome !== 'refused') outcomes.push(`${name}: ${outcome}`);
    }
    expect(outcomes).toEqual([]);
    expect(await findStoredBsn(h.db, VALID_BSNS)).toEqual([]);
    expect(stringsWithBsn(h.platform.sent.map((s) => s.delivery), VALID_BSNS)).toEqual([]);
  }, 120_000);

  it('says how to delete the message where Slack or Teams keeps it visible, not elsewhere', async () => {
    const text = 'Gedaan: cliënt 123 456 782 besproken';
    const slack: Envelope = { platform: 'slack', platformOrgId: 'T1', person: { platformUserId: 'U1' }, room: { ref: 'C1', kind: 'channel' } };
    const teams: Envelope = { platform: 'teams', platformOrgId: 'tenant', person: { platformUserId: '29:1' }, room: { ref: '19:x', kind: 'channel' } };
    const say = (replies: Reply[]) => (replies[0]?.type === 'ephemeral' ? replies[0].message.text : '');
    expect(say(await h.send({ type: 'thread_reply', envelope: slack, text, messageRef: '1.1', threadRef: '1.0' }))).toContain('Bericht verwijderen');
    expect(say(await h.send({ type: 'message_edited', envelope: slack, text, messageRef: '1.1' }))).toContain('Bericht verwijderen');
    expect(say(await h.send({ type: 'direct_message', envelope: teams, text, messageRef: 'a1' }))).toContain('Meer opties → Verwijderen');
    // A slash command and a form are not kept in the channel: nothing to delete.
    const command = say(await h.send({ type: 'command', envelope: slack, text: `log ${text}` }));
    expect(command).toContain('BSN');
    expect(command).not.toContain('verwijder');
    expect(say(await h.send({ type: 'thread_reply', envelope: at.sanneInChannel, text, messageRef: 'local-1', threadRef: at.threadRef }))).not.toContain('verwijder');
  });
});
