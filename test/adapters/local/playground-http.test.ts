// The playground adapter over the real core and real HTTP: people, state, every
// kind of step (command, action, form, thread reply, edit, reaction), clock moves,
// rebuild after a restart, and — when the check-in feature is present — the walk
// from Monday 09:00 to an answered check-in.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../../src/core/local-directory.ts';
import type { PlaygroundView } from '../../../adapters/local/playground-view.ts';
import type { Feature } from '../../../src/bot/feature.ts';
import type { BotDeps } from '../../../src/bot/feature.ts';
import { hasCheckinFeature, loadCheckinFeature, startPlayground } from './start-playground.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');
const TEAM_CHANNEL = 'local:team-transferpunt';

/** A small feature that exercises every reply kind the adapter must handle. */
function contractFeature(deps: BotDeps): Feature {
  const post = (key: string, delivery: Parameters<BotDeps['ports']['outbox']['enqueue']>[0][number]['delivery']) =>
    deps.ports.outbox.enqueue([{ key, delivery }]);
  return {
    name: 'contract',
    commands: {
      help: async (turn) => [
        {
          type: 'ephemeral',
          message: {
            text: 'hulp',
            blocks: [
              { type: 'section', text: 'Kies iets <script>alert(1)</script>' },
              { type: 'actions', elements: [{ type: 'button', actionId: 'c.form', label: 'Open formulier', value: 'v1' }] },
            ],
          },
        },
        ...(turn.inbound.text === 'help' ? [] : []),
      ],
      success: async (turn) => {
        await post(`c-post:${turn.actor.staff.id}`, { type: 'post', platform: 'local', to: { kind: 'channel', channelRef: TEAM_CHANNEL }, message: { text: 'Root van het contract', blocks: [] } });
        await post(`c-dm:${turn.actor.staff.id}`, { type: 'post', platform: 'local', to: { kind: 'person', staffId: turn.actor.staff.id }, message: { text: 'Een DM', blocks: [] } });
        return [];
      },
    },
    actions: {
      'c.form': async (turn) => [
        { type: 'open_form', form: { formId: 'c.f', title: 'Test', submitLabel: 'Klaar', context: `ctx-${turn.inbound.value}`, inputs: [{ id: 'naam', type: 'text', label: 'Naam', required: true }] } },
      ],
      'c.update': async (turn) => {
        await post(`c-upd:${turn.inbound.value}`, { type: 'update', platform: 'local', ofKey: `c-post:${turn.actor.staff.id}`, message: { text: 'Root bijgewerkt', blocks: [] } });
        return [{ type: 'update_source', message: { text: 'knop verwerkt', blocks: [] } }];
      },
    },
    forms: {
      'c.f': async (turn) => {
        const naam = turn.inbound.values.naam;
        if (typeof naam !== 'string' || naam.trim() === '') return [{ type: 'form_errors', errors: { naam: 'Vul je naam in.' } }];
        return [{ type: 'ephemeral', message: { text: `Dank ${naam} (${turn.inbound.context})`, blocks: [] } }];
      },
    },
    onThreadReply: async (turn) => {
      await post(`c-thread:${turn.inbound.messageRef}`, { type: 'post', platform: 'local', to: { kind: 'thread', channelRef: TEAM_CHANNEL, threadRef: turn.inbound.threadRef }, message: { text: `Bot in draad na ${turn.inbound.messageRef}`, blocks: [] } });
      return [{ type: 'ephemeral', message: { text: `Ontvangen: ${turn.inbound.text}`, blocks: [] } }];
    },
    onMessageEdited: async (turn) => [{ type: 'ephemeral', message: { text: `Bewerkt in ${turn.inbound.threadRef}: ${turn.inbound.text}`, blocks: [] } }],
    onReaction: async (turn) => [{ type: 'ephemeral', message: { text: `Reactie ${turn.inbound.reaction} op ${turn.inbound.messageRef}`, blocks: [] } }],
  };
}

describe('playground adapter over HTTP (contract)', () => {
  const stateFile = join(mkdtempSync(join(tmpdir(), 'pg-')), 'playground-messages.json');
  let pg: Awaited<ReturnType<typeof startPlayground>>;
  let sanne: LocalPerson;
  const state = async () => (await pg.call<PlaygroundView>('GET', `/api/state?as=${sanne.staffId}`)).json;

  beforeAll(async () => {
    pg = await startPlayground({ now: SUNDAY, features: (deps) => [contractFeature(deps)], stateFile });
    const people = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people;
    sanne = people.find((p) => p.name === 'Sanne de Graaf')!;
  });
  afterAll(async () => pg?.stop());

  it('lists the demo people with their local ids, teams and channels', async () => {
    const { people } = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json;
    expect(people.length).toBeGreaterThanOrEqual(20);
    expect(sanne.platformUserId).toBeTruthy();
    expect(sanne.teams).toEqual([expect.objectContaining({ name: 'Transferpunt', isLead: false, channelRef: TEAM_CHANNEL, celebrationChannelRef: 'local:successen' })]);
    expect(people.find((p) => p.name === 'Marieke van der Linden')!.teams[0]!.isLead).toBe(true);
  });

  it('answers 400 with a Dutch message for bad requests and unknown people', async () => {
    const bad = await pg.call<{ error: string }>('POST', '/api/inbound', { as: sanne.staffId, kind: 'dansen' });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/Onbekende soort verzoek/);
    const empty = await pg.call<{ error: string }>('POST', '/api/inbound', { as: sanne.staffId, kind: 'thread_reply', channelRef: TEAM_CHANNEL, threadRef: 'L-1', text: '  ' });
    expect(empty.json.error).toMatch(/Typ eerst je antwoord/);
    const nobody = await pg.call<{ error: string }>('POST', '/api/inbound', { as: 'niemand', kind: 'command', text: 'help' });
    expect([nobody.status, nobody.json.error]).toEqual([400, expect.stringMatching(/Onbekende persoon/)]);
    const back = await pg.call<{ error: string }>('POST', '/api/clock', { action: 'set', at: '2020-01-01T00:00:00Z' });
    expect([back.status, back.json.error]).toEqual([400, expect.stringMatching(/kan niet terug/)]);
  });

  it('walks command → button → form (errors, then success) with ephemeral replies', async () => {
    const help = await pg.call<{ replies: unknown[] }>('POST', '/api/inbound', { as: sanne.staffId, kind: 'command', text: 'help' });
    expect(help.status).toBe(200);
    let s = await state();
    expect(s.ephemerals[0]!.message.text).toBe('hulp');
    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'action', actionId: 'c.form', value: 'v1', messageRef: s.ephemerals[0]!.ref });
    s = await state();
    expect(s.openForm?.formId).toBe('c.f');
    const failed = await pg.call<{ formErrors: Record<string, string> }>('POST', '/api/inbound', { as: sanne.staffId, kind: 'form_submitted', formId: 'c.f', values: { naam: '' } });
    expect(failed.json.formErrors).toEqual({ naam: 'Vul je naam in.' });
    expect((await state()).openForm?.formId).toBe('c.f');
    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'form_submitted', formId: 'c.f', values: { naam: 'Sanne' } });
    s = await state();
    expect(s.openForm).toBeUndefined();
    // The form's context came from the server-side open form, not from the page.
    expect(s.ephemerals[0]!.message.text).toBe('Dank Sanne (ctx-v1)');
  });

  it('delivers posts and DMs, threads replies, edits, reactions and updates; keeps typed messages across a restart', async () => {
    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'command', text: 'succes' });
    let s = await state();
    const channel = s.channels.find((c) => c.ref === TEAM_CHANNEL)!;
    const root = channel.messages.find((m) => m.message.text === 'Root van het contract')!;
    expect(root.author).toBe('RRO-bot');
    expect(s.dms.map((d) => d.message.text)).toEqual(['Een DM']);
    expect(s.channels.map((c) => c.name)).toEqual(['#team-transferpunt', '#successen']);

    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'thread_reply', channelRef: TEAM_CHANNEL, threadRef: root.ref, text: 'Gedaan: Het Baken gebeld' });
    s = await state();
    let thread = s.channels[0]!.messages.find((m) => m.ref === root.ref)!.thread;
    const mine = thread[0]!;
    expect([mine.author, mine.message.text]).toEqual(['Sanne de Graaf', 'Gedaan: Het Baken gebeld']);
    expect(thread[1]!.message.text).toBe(`Bot in draad na ${mine.ref}`);
    expect(s.ephemerals[0]!.message.text).toBe('Ontvangen: Gedaan: Het Baken gebeld');

    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'message_edited', messageRef: mine.ref, text: 'Gedaan: De Zonnebloem gebeld' });
    s = await state();
    expect(s.ephemerals[0]!.message.text).toBe(`Bewerkt in ${root.ref}: Gedaan: De Zonnebloem gebeld`);
    thread = s.channels[0]!.messages.find((m) => m.ref === root.ref)!.thread;
    expect([thread[0]!.message.text, thread[0]!.edited]).toEqual(['Gedaan: De Zonnebloem gebeld', true]);

    const marieke = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people.find((p) => p.name === 'Marieke van der Linden')!;
    const notMine = await pg.call<{ error: string }>('POST', '/api/inbound', { as: marieke.staffId, kind: 'message_edited', messageRef: mine.ref, text: 'gehackt' });
    expect([notMine.status, notMine.json.error]).toEqual([403, 'Je kunt alleen je eigen antwoord bewerken.']);

    await pg.call('POST', '/api/inbound', { as: marieke.staffId, kind: 'reaction_added', messageRef: root.ref });
    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'action', actionId: 'c.update', value: 'u1', messageRef: root.ref });
    s = await state();
    const updated = s.channels[0]!.messages.find((m) => m.ref === root.ref)!;
    expect(updated.message.text).toBe('Root bijgewerkt');
    expect(updated.reactions).toEqual([{ name: 'Marieke van der Linden', reaction: '+1' }]);
    expect(s.ephemerals[0]!.message.text).toBe('knop verwerkt');

    expect(JSON.parse(readFileSync(stateFile, 'utf8')).replies).toHaveLength(1);
    // A restart: a fresh adapter over the same database and state file sees the same conversation.
    const again = await startPlayground({ now: SUNDAY, features: () => [], stateFile, harness: pg.h });
    try {
      const rebuilt = (await again.call<PlaygroundView>('GET', `/api/state?as=${sanne.staffId}`)).json;
      const r = rebuilt.channels[0]!.messages.find((m) => m.ref === root.ref)!;
      expect(r.message.text).toBe('Root bijgewerkt');
      expect(r.thread.map((m) => [m.author, m.message.text, m.edited])).toEqual([
        ['Sanne de Graaf', 'Gedaan: De Zonnebloem gebeld', true],
        ['RRO-bot', `Bot in draad na ${mine.ref}`, false],
      ]);
      expect(r.reactions).toHaveLength(1);
      expect(rebuilt.dms).toHaveLength(1);
    } finally {
      await again.stop(false);
    }
  });

  it('moves the clock forward only, and serves a page with the person chooser, clock buttons and escaped bot text', async () => {
    const moved = await pg.call<{ now: string }>('POST', '/api/clock', { action: 'next-monday-0900' });
    expect(moved.json.now).toBe('2026-11-23T08:00:00.000Z');
    const hour = await pg.call<{ now: string }>('POST', '/api/clock', { action: 'plus-hour' });
    expect(hour.json.now).toBe('2026-11-23T09:00:00.000Z');
    const page = await (await fetch(`${pg.base}?as=${sanne.staffId}`)).text();
    expect(page).toContain('<optgroup label="Transferpunt">');
    expect(page).toContain('Sanne de Graaf — medewerker');
    expect(page).toContain('Naar maandag 09:00');
    expect(page).toContain('Kies iets &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert');
    const css = await fetch(`${pg.base}/assets/playground.css`);
    expect([css.status, css.headers.get('content-type')]).toEqual([200, expect.stringContaining('text/css')]);
    expect((await fetch(`${pg.base}/assets/../index.ts`)).status).toBe(404);
  });
});

describe.skipIf(!hasCheckinFeature)('playground walk-through with the check-in feature', () => {
  let pg: Awaited<ReturnType<typeof startPlayground>>;
  afterAll(async () => pg?.stop());

  it('Monday 09:00 opens the round in the team channel and DMs; a reply in the thread gets a confirmation', async () => {
    pg = await startPlayground({ now: SUNDAY, features: async (deps, db) => [await loadCheckinFeature(deps, db)] });
    const people = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people;
    const sanne = people.find((p) => p.name === 'Sanne de Graaf')!;
    await pg.call('POST', '/api/clock', { action: 'next-monday-0900' });
    let s = (await pg.call<PlaygroundView>('GET', `/api/state?as=${sanne.staffId}`)).json;
    const channel = s.channels.find((c) => c.ref === TEAM_CHANNEL)!;
    const root = channel.messages.at(-1)!;
    expect(root.author).toBe('RRO-bot');
    expect(JSON.stringify(root.message)).toMatch(/48/);
    expect(s.dms.length).toBeGreaterThanOrEqual(1);
    const round = await pg.h.db.prisma.checkInRound.findFirstOrThrow({ where: { periodKey: '2026-W48', team: { name: 'Transferpunt' } } });
    expect(round.threadRef).toBe(root.ref);

    const res = await pg.call<{ replies: unknown[] }>('POST', '/api/inbound', {
      as: sanne.staffId, kind: 'thread_reply', channelRef: TEAM_CHANNEL, threadRef: root.ref,
      text: 'Gedaan: overleg met Het Baken over ontslag. Ga doen: De Zonnebloem bellen.',
    });
    expect(res.status).toBe(200);
    s = (await pg.call<PlaygroundView>('GET', `/api/state?as=${sanne.staffId}`)).json;
    expect(s.ephemerals.length).toBeGreaterThanOrEqual(1);
    expect(s.channels.find((c) => c.ref === TEAM_CHANNEL)!.messages.at(-1)!.thread[0]!.author).toBe('Sanne de Graaf');
    const answer = await pg.h.db.prisma.checkInAnswer.findFirst({ where: { roundId: round.id, staffId: sanne.staffId } });
    expect(answer).not.toBeNull();
  });
});
