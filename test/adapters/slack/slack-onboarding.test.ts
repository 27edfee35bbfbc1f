// First install over signed HTTP on an EMPTY database: the first person to open the
// App Home creates and binds the organisation and becomes its beheerder, gets the
// welcome with its buttons, picks the team channel with Slack's channel picker and
// sees a proefronde that writes nothing. A second, unknown workspace is refused.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startSlack, TEAM_ID, type SlackHarness } from './start-slack.ts';

type Blocks = { type: string; elements?: { action_id?: string; value?: string; type?: string }[]; element?: Record<string, unknown>; block_id?: string }[];

const actionValue = (blocks: unknown, actionId: string) =>
  (blocks as Blocks).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)?.value;

function click(userId: string, actionId: string, value: string, seq: number) {
  const c = fixture('block-actions.button');
  c.user.id = userId;
  c.trigger_id = `trigger.onboarding.${seq}`;
  c.channel = { id: `D${userId.slice(1)}`, name: 'directmessage' };
  c.container = { type: 'message', message_ts: `1790000900.00000${seq}`, channel_id: `D${userId.slice(1)}`, is_ephemeral: false };
  delete c.response_url;
  c.actions[0] = { type: 'button', action_id: actionId, block_id: 'b', value, action_ts: `1790000901.00000${seq}`, text: { type: 'plain_text', text: 'x' } };
  return c;
}

describe('Slack: onboarding on install (empty database)', () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlack({ now: new Date('2026-11-23T08:00:00Z'), empty: true });
    h.api.addUser({ id: 'U0EVA', name: 'Eva Jansen', email: 'eva@maasdelta.nl' });
    h.api.addUser({ id: 'U0MALLORY', name: 'Mallory', email: 'mallory@elders.example' });
  }, 60_000);
  afterAll(async () => h?.stop());

  it('a reply in some thread never installs', async () => {
    const reply = fixture('message.thread-reply');
    reply.team_id = 'T0ELDERS';
    reply.event.user = 'U0MALLORY';
    expect((await h.event(reply)).status).toBe(200);
    expect(await h.db.prisma.organisation.count()).toBe(0);
  });

  it('the first App Home opened creates the organisation, binds the workspace, makes Eva beheerder and welcomes her', async () => {
    const home = fixture('app-home-opened');
    home.event.user = 'U0EVA';
    home.event.channel = 'D0EVA';
    expect((await h.event(home)).status).toBe(200);
    const orgs = await h.db.prisma.organisation.findMany();
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ platform: 'slack', externalId: TEAM_ID });
    const eva = await h.db.prisma.staff.findFirstOrThrow({ include: { identities: true, memberships: { include: { team: true } } } });
    expect(eva).toMatchObject({ name: 'Eva Jansen', email: 'eva@maasdelta.nl', role: 'admin' });
    expect(eva.identities[0]).toMatchObject({ platform: 'slack', platformOrgId: TEAM_ID, platformUserId: 'U0EVA' });
    expect(eva.memberships).toHaveLength(1);
    expect(eva.memberships[0]!.isLead).toBe(true);
    expect(await h.db.prisma.auditEvent.count({ where: { action: 'organisation.installed' } })).toBe(1);

    const published = h.api.callsOf('views.publish').at(-1)!;
    expect(published.args.user_id).toBe('U0EVA');
    const welcome = h.api.callsOf('chat.postMessage').find((c) => c.args.channel === 'U0EVA' || c.args.channel === 'D0EVA')!;
    expect(String(welcome.args.text)).toContain('Welkom bij RRO-bot, Eva');
    const teamId = eva.memberships[0]!.teamId;
    for (const id of ['onboarding.open_import', 'settings.open_channels', 'settings.open_schedule', 'checkin.trial']) {
      expect(actionValue(welcome.args.blocks, id)).toBe(teamId);
      expect(actionValue((published.args.view as { blocks: unknown }).blocks, id)).toBe(teamId);
    }
  });

  it('a later unknown workspace gets the polite refusal and binds nothing', async () => {
    const before = await h.db.prisma.staff.count();
    const home = fixture('app-home-opened');
    home.team_id = 'T0ELDERS';
    home.event_id = 'Ev0ELDERS1';
    home.event.user = 'U0MALLORY';
    const cmd = { ...fixture('slash-command.log'), team_id: 'T0ELDERS', user_id: 'U0MALLORY', text: 'instellingen' } as Record<string, string>;
    expect((await h.event(home)).status).toBe(200);
    expect((await h.command(cmd)).status).toBe(200);
    expect(await h.db.prisma.organisation.count()).toBe(1);
    expect(await h.db.prisma.organisation.count({ where: { externalId: 'T0ELDERS' } })).toBe(0);
    expect(await h.db.prisma.staff.count()).toBe(before);
    expect(String(h.api.callsOf('response_url').at(-1)?.args.text)).toContain('nog niet aan RRO-bot gekoppeld');
  });

  it('"Teamkanaal kiezen" opens a form with Slack\'s channel picker; the chosen channel becomes the team channel', async () => {
    const team = await h.db.prisma.team.findFirstOrThrow();
    expect((await h.interactive(click('U0EVA', 'settings.open_channels', team.id, 1))).status).toBe(200);
    const view = h.api.callsOf('views.open').at(-1)!.args.view as { callback_id: string; private_metadata: string; blocks: Blocks };
    expect(view.callback_id).toBe('settings.channels');
    const picker = view.blocks.find((b) => b.block_id === 'channelRef')!.element!;
    expect(picker.type).toBe('conversations_select');
    const submit = fixture('view-submission.success');
    submit.user.id = 'U0EVA';
    submit.view.id = 'V0CHANNELS1';
    submit.view.callback_id = 'settings.channels';
    submit.view.private_metadata = view.private_metadata;
    submit.view.state.values = {
      channelRef: { channelRef: { type: 'conversations_select', selected_conversation: 'C0TEAMEVA' } },
      celebrationChannelRef: { celebrationChannelRef: { type: 'conversations_select', selected_conversation: null } },
    };
    expect((await h.interactive(submit)).status).toBe(200);
    const saved = await h.db.prisma.team.findUniqueOrThrow({ where: { id: team.id } });
    expect(saved.channelRef).toBe('C0TEAMEVA');
    expect(saved.celebrationChannelRef).toBeNull();
  });

  it('"Importwizard openen" sends a single-use login link that lands on the import wizard', async () => {
    const team = await h.db.prisma.team.findFirstOrThrow();
    expect((await h.interactive(click('U0EVA', 'onboarding.open_import', team.id, 2))).status).toBe(200);
    expect(await h.db.prisma.magicLink.count()).toBe(1);
    await h.drainAll();
    const dm = h.api.callsOf('chat.postMessage').find((c) => String(c.args.text).includes('/dashboard/login?token='))!;
    expect(String(dm.args.text)).toContain('next=%2Fdashboard%2Fbeheer%2Fimport');
  });

  it('"proefronde" shows this week\'s check-in to the lead only and opens no round', async () => {
    const cmd = { ...fixture('slash-command.log'), user_id: 'U0EVA', channel_id: 'D0EVA', text: 'proefronde' } as Record<string, string>;
    expect((await h.command(cmd)).status).toBe(200);
    const note = h.api.callsOf('response_url').at(-1)!;
    expect(note.args.response_type).toBe('ephemeral');
    expect(String(note.args.text)).toContain('Proefronde week 48');
    expect(JSON.stringify(note.args.blocks)).not.toContain('checkin.open_form');
    expect(await h.db.prisma.checkInRound.count()).toBe(0);
    expect(await h.db.prisma.checkInAnswer.count()).toBe(0);
  });
});
