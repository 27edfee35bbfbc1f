// `wie …` as a personal message in Teams over real HTTP: the answer is an Adaptive
// Card in the same chat; a colleague linked on Teams is a link that opens a chat.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startTeams, TENANT } from './start-teams.ts';

let t: Awaited<ReturnType<typeof startTeams>>;

beforeAll(async () => {
  t = await startTeams({ now: new Date('2026-11-22T11:00:00Z') });
}, 60_000);
afterAll(async () => t?.stop());

describe('Teams adapter: the directory', () => {
  it('answers "wie hospice" with a card naming the colleague and a chat link once linked', async () => {
    const link = (name: string, aad: string) => t.db.prisma.staffIdentity.create({
      data: { staffId: t.staff.find((s) => s.name === name)!.id, platform: 'teams', platformOrgId: TENANT, platformUserId: aad },
    });
    await link('Sanne de Graaf', 'aad-sanne');
    await link('Thijs Verhoeven', 'aad-thijs');
    t.connector.reset();
    expect((await t.post({ ...fixture('message.personal'), id: '1763900000100', text: 'wie hospice' })).status).toBe(200);
    const sent = t.connector.sent().filter((c) => c.conversationId?.startsWith('a:1SanneChat-personal')).map((c) => JSON.stringify(c.body));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('application/vnd.microsoft.card.adaptive');
    expect(sent[0]).toContain('[Thijs Verhoeven](https://teams.microsoft.com/l/chat/0/0?users=aad-thijs)');
  });
});
