// The relationship pulse end to end on the demo organisation: the question after a
// logged contact, at most once a month, a tap stored and redrawn, the drop alert to
// the owners and their leads (once), and the trend on the partner page that shows no
// figure for fewer than 3 answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatures } from '../../../src/app/create-features.ts';
import type { Button } from '../../../src/core/message.ts';
import type { Reply } from '../../../src/core/outbound.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from '../../dashboard/dashboard-server.ts';

const NOW = new Date('2026-11-24T10:00:00Z'); // Tuesday

describe('relationship pulse', () => {
  let h: BotHarness;
  let sanne: { id: string; organisationId: string };
  let partner: { id: string; name: string };
  let others: string[];

  beforeAll(async () => {
    h = await createBotHarness({ now: NOW, features: (deps, db) => createFeatures(db, deps) });
    sanne = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    partner = (await h.db.prisma.assignment.findFirstOrThrow({ where: { staffId: sanne.id, kind: 'owner' }, include: { partner: true } })).partner;
    others = (await h.db.prisma.staff.findMany({ where: { organisationId: sanne.organisationId, id: { not: sanne.id } }, take: 5, orderBy: { name: 'asc' } })).map((s) => s.id);
  }, 120_000);
  afterAll(async () => h?.close());

  const logContact = async () => h.send({ type: 'command', envelope: await h.envelopeOf(sanne.id), text: `log ${partner.name} gebeld`, trigger: 't' });
  const pulseOf = (replies: Reply[]) => replies.find((r) => r.type === 'ephemeral' && r.message.blocks.some((b) => b.type === 'actions' && b.elements.some((e) => e.actionId === 'pulse.answer')));
  const buttons = (reply: Reply | undefined): Button[] => (reply && 'message' in reply
    ? reply.message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.filter((e): e is Button => e.type === 'button') : [])) : []);
  const tap = async (staffId: string, reply: Reply | undefined, label: string) => {
    const button = buttons(reply).find((b) => b.label === label);
    if (!button) throw new Error(`no button ${label}`);
    return h.send({ type: 'action', envelope: await h.envelopeOf(staffId), actionId: button.actionId, value: button.value, trigger: 't' });
  };

  it('asks after a logged contact, at most once per partner and month, and stores a tap', async () => {
    const first = await logContact();
    const question = pulseOf(first);
    expect(question && 'message' in question ? question.message.text : '').toBe(`Hoe staat de relatie met ${partner.name} ervoor?`);
    expect(buttons(question).map((b) => b.label)).toEqual([1, 2, 3, 4, 5].map((n) => `Vertrouwen ${n}`).concat([1, 2, 3, 4, 5].map((n) => `Communicatie ${n}`)));

    const [redrawn] = await tap(sanne.id, question, 'Vertrouwen 4');
    expect(redrawn?.type).toBe('update_source');
    expect(buttons(redrawn).filter((b) => b.style === 'primary').map((b) => b.label)).toEqual(['Vertrouwen 4']);
    const row = await h.db.prisma.relationshipPulse.findFirstOrThrow({ where: { partnerId: partner.id, staffId: sanne.id } });
    expect(row).toMatchObject({ month: '2026-11', trust: 4, communication: null });

    expect(pulseOf(await logContact())).toBeUndefined(); // same month: not asked again
  });

  it('refuses a tap by someone who was not asked', async () => {
    const [reply] = await h.send({ type: 'action', envelope: await h.envelopeOf(others[0]!), actionId: 'pulse.answer', value: JSON.stringify({ p: partner.id, m: '2026-11', d: 'trust', s: 1 }), trigger: 't' });
    expect(reply && 'message' in reply ? reply.message.text : '').toContain('Deze vraag hoort niet bij jou');
    expect(await h.db.prisma.relationshipPulse.count({ where: { staffId: others[0]! } })).toBe(0);
  });

  it('tells the owners and their leads once when the monthly mean drops by 2 or more', async () => {
    const base = { organisationId: sanne.organisationId, partnerId: partner.id, askedAt: NOW };
    // October: trust 5, 4, 4 (4.3) and communication 4, 4, 4. November so far: trust 2 and 2 from two colleagues.
    await h.db.prisma.relationshipPulse.createMany({ data: [
      { ...base, staffId: others[0]!, month: '2026-10', trust: 5, communication: 4 },
      { ...base, staffId: others[1]!, month: '2026-10', trust: 4, communication: 4 },
      { ...base, staffId: others[2]!, month: '2026-10', trust: 4, communication: 4 },
      { ...base, staffId: others[3]!, month: '2026-11', trust: 2 },
      { ...base, staffId: others[4]!, month: '2026-11', trust: 2 },
    ] });
    const owners = await h.db.prisma.assignment.findMany({ where: { partnerId: partner.id, kind: 'owner' }, select: { staffId: true } });
    const leads = await h.db.prisma.teamMembership.findMany({ where: { isLead: true, team: { members: { some: { staffId: { in: owners.map((o) => o.staffId) } } } } }, select: { staffId: true } });
    const expected = [...new Set([...owners, ...leads].map((p) => `person:${p.staffId}`))].sort();
    h.platform.clear();
    const question = { type: 'ephemeral' as const, message: { text: '', blocks: [{ type: 'actions' as const, elements: [{ type: 'button' as const, actionId: 'pulse.answer', label: 'Vertrouwen 2', value: JSON.stringify({ p: partner.id, m: '2026-11', d: 'trust', s: 2 }) }] }] } };
    await tap(sanne.id, question, 'Vertrouwen 2'); // Sanne changes her 4 into 2: November's trust is 2.0, October's 4.3
    const alerts = () => h.platform.sent.filter((s) => s.text.includes(`De relatiepuls van ${partner.name} is gedaald`));
    expect(alerts().map((a) => a.to).sort()).toEqual(expected);
    expect(alerts()[0]!.text).toContain('vertrouwen van gemiddeld 4,3 naar 2,0 (2026-11');
    expect(alerts().some((a) => a.text.includes('communicatie'))).toBe(false); // no November communication answers

    const again = { ...question, message: { ...question.message, blocks: [{ type: 'actions' as const, elements: [{ ...question.message.blocks[0]!.elements[0]!, label: 'Vertrouwen 1', value: JSON.stringify({ p: partner.id, m: '2026-11', d: 'trust', s: 1 }) }] }] } };
    await tap(sanne.id, again, 'Vertrouwen 1'); // still a drop: no second message
    expect(alerts()).toHaveLength(expected.length);
  });

  it('the partner page shows the monthly means, and "te weinig antwoorden" below 3', async () => {
    const server = await startDashboardServer(h.db, h.clock);
    try {
      const manager = await h.db.prisma.staff.findFirstOrThrow({ where: { role: 'manager' } });
      const { cookie } = await loginWithToken(server.base, await insertMagicLink(h.db, manager.id, new Date(NOW.getTime() + 600_000)));
      const page = await get(server.base, `/dashboard/partners/${partner.id}`, cookie!);
      expect(page.status).toBe(200);
      const table = /<section class="pulse">[\s\S]*?<\/section>/.exec(page.text)![0];
      expect(table).toContain('<svg');
      expect(table).toMatch(/<th scope="row">2026-10<\/th><td class="num">4,3 <span class="muted">\(n=3\)<\/span><\/td><td class="num">4,0/);
      expect(table).toMatch(/<th scope="row">2026-11<\/th><td class="num">1,7 <span class="muted">\(n=3\)<\/span><\/td><td class="muted">te weinig antwoorden \(0\)<\/td>/);
      expect(table).not.toMatch(/>\s*[1-5] <span class="muted">\(n=[12]\)/); // never a figure from one or two answers
    } finally {
      await server.close();
    }
  });

  it('asks again in the next month', async () => {
    h.clock.set(new Date('2026-12-02T10:00:00Z'));
    expect(pulseOf(await logContact())).toBeDefined();
    expect(await h.db.prisma.relationshipPulse.count({ where: { partnerId: partner.id, staffId: sanne.id } })).toBe(2);
  });
});
