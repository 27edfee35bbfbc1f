// `/rro wie …` and `/rro partner …` through Slack over real HTTP: the answer comes
// back through response_url as Block Kit with a native mention of the colleague.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startSlack, type SlackHarness } from './start-slack.ts';

describe('Slack adapter: the directory', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlack({ now: new Date('2026-11-22T11:00:00Z') });
  }, 60_000);
  afterAll(async () => h?.stop());

  const ask = async (text: string) => {
    const before = h.api.callsOf('response_url').length;
    const res = await h.command({ ...fixture('slash-command.log'), text });
    expect([res.status, res.text]).toEqual([200, '']);
    return h.api.callsOf('response_url').slice(before)[0]!.args;
  };

  it('answers "wie kan ik bellen over palliatieve zorg" with the colleague mentioned natively once linked on Slack', async () => {
    const unlinked = JSON.stringify((await ask('wie kan ik bellen over paliatieve zorg')).blocks);
    expect(unlinked).toContain('*Thijs Verhoeven*');
    await h.db.prisma.staffIdentity.create({ data: { staffId: h.idOf('Thijs'), platform: 'slack', platformOrgId: 'T0MAASDELTA', platformUserId: 'U0THIJS' } });
    const answer = await ask('wie kan ik bellen over paliatieve zorg');
    expect(answer.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(answer.blocks);
    expect(blocks).toContain('<@U0THIJS>');
    expect(blocks).toContain('palliatieve zorg');
  });

  it('gives a partner briefing with owners per level', async () => {
    const answer = await ask('partner thuiszorg maasoever');
    const blocks = JSON.stringify(answer.blocks);
    expect(String(answer.text)).toContain('Thuiszorg Maasoever');
    expect(blocks).toContain('operationeel');
    expect(blocks).toContain('strategisch');
  });
});
