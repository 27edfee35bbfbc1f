// In the playground a lead picks the team channel from the simulated channels (a
// <select>, no typed ids), and a proefronde shows this week's check-in without a round.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../../src/core/local-directory.ts';
import type { PlaygroundView } from '../../../adapters/local/playground-view.ts';
import { createFeatures } from '../../../src/app/create-features.ts';
import { startPlayground } from './start-playground.ts';

describe('playground: channel picker and proefronde', () => {
  let pg: Awaited<ReturnType<typeof startPlayground>>;
  let lead: LocalPerson;
  let teamId: string;

  beforeAll(async () => {
    pg = await startPlayground({ now: new Date('2026-11-23T08:00:00Z'), features: (deps, db) => createFeatures(db, deps) });
    const membership = await pg.h.db.prisma.teamMembership.findFirstOrThrow({ where: { isLead: true, team: { name: 'Geriatrie' } } });
    teamId = membership.teamId;
    lead = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people.find((p) => p.staffId === membership.staffId)!;
  }, 60_000);
  afterAll(async () => pg?.stop());

  it('offers the known channels as a select and saves the chosen one as the team channel', async () => {
    await pg.call('POST', '/api/inbound', { as: lead.staffId, kind: 'action', actionId: 'settings.open_channels', value: teamId });
    const view = (await pg.call<PlaygroundView>('GET', `/api/state?as=${lead.staffId}`)).json;
    const picker = view.openForm!.inputs.find((i) => i.id === 'channelRef')!;
    expect(picker.type).toBe('channel');
    expect(picker.options).toEqual(expect.arrayContaining([
      { label: 'Teamkanaal van Transferpunt', value: 'local:team-transferpunt' },
      { label: 'Teamkanaal van Geriatrie', value: 'local:team-geriatrie' },
    ]));
    const page = await fetch(`${pg.base}?as=${lead.staffId}`).then((r) => r.text());
    expect(page).toMatch(/<select id="pg-f-channelRef" name="channelRef"[^>]*>.*<option value="local:team-geriatrie" selected>Teamkanaal van Geriatrie<\/option>/s);

    await pg.call('POST', '/api/inbound', {
      as: lead.staffId, kind: 'form_submitted', formId: 'settings.channels', values: { channelRef: 'local:team-transferpunt', celebrationChannelRef: '' },
    });
    const team = await pg.h.db.prisma.team.findUniqueOrThrow({ where: { id: teamId } });
    expect(team.channelRef).toBe('local:team-transferpunt');
    expect(team.celebrationChannelRef).toBeNull();
  });

  it('shows a proefronde to the lead only, with their own partners, and opens no round', async () => {
    const rounds = await pg.h.db.prisma.checkInRound.count();
    await pg.call('POST', '/api/inbound', { as: lead.staffId, kind: 'command', text: 'proefronde' });
    const view = (await pg.call<PlaygroundView>('GET', `/api/state?as=${lead.staffId}`)).json;
    const note = view.ephemerals.find((e) => e.message.text.startsWith('Proefronde week 48'))!.message;
    expect(note.blocks.some((b) => b.type === 'list')).toBe(true);
    expect(JSON.stringify(note.blocks)).not.toContain('checkin.open_form');
    expect(await pg.h.db.prisma.checkInRound.count()).toBe(rounds);
  });

  it('refuses a proefronde to someone who leads no team', async () => {
    const member = await pg.h.db.prisma.staff.findFirstOrThrow({ where: { role: 'staff', memberships: { every: { isLead: false }, some: {} } } });
    await pg.call('POST', '/api/inbound', { as: member.id, kind: 'command', text: 'proefronde' });
    const view = (await pg.call<PlaygroundView>('GET', `/api/state?as=${member.id}`)).json;
    expect(view.ephemerals.some((e) => e.message.text.startsWith('Een proefronde kan een teamleider'))).toBe(true);
  });
});
