// The playground is a platform of its own: what people type is kept in its transcript
// file and shown to everyone in the channel. A message with a BSN must never get there:
// not written to playground-messages.json, not shown to others, not stored by the core.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../../src/core/local-directory.ts';
import type { PlaygroundView } from '../../../adapters/local/playground-view.ts';
import { createFeatures } from '../../../src/app/create-features.ts';
import { RENDERINGS, VALID_BSNS } from '../../support/bsn-renderings.ts';
import { findStoredBsn, stringsWithBsn } from '../../support/find-stored-bsn.ts';
import { startPlayground } from './start-playground.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');
const TEAM_CHANNEL = 'local:team-transferpunt';

describe('playground transcript never holds a BSN', () => {
  const stateFile = join(mkdtempSync(join(tmpdir(), 'pg-bsn-')), 'playground-messages.json');
  let pg: Awaited<ReturnType<typeof startPlayground>>;
  let sanne: LocalPerson;
  let marieke: LocalPerson;
  let rootRef: string;
  let cleanRef: string;
  const view = async (who: LocalPerson) => (await pg.call<PlaygroundView>('GET', `/api/state?as=${who.staffId}`)).json;

  beforeAll(async () => {
    pg = await startPlayground({ now: SUNDAY, features: (deps, db) => createFeatures(db, deps), stateFile });
    const people = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people;
    sanne = people.find((p) => p.name === 'Sanne de Graaf')!;
    marieke = people.find((p) => p.name === 'Marieke van der Linden')!;
    await pg.call('POST', '/api/clock', { action: 'next-monday-0900' });
    rootRef = (await view(sanne)).channels.find((c) => c.ref === TEAM_CHANNEL)!.messages.at(-1)!.ref;
    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'thread_reply', channelRef: TEAM_CHANNEL, threadRef: rootRef, text: 'Gedaan: Het Baken gebeld' });
    cleanRef = (await view(sanne)).channels.find((c) => c.ref === TEAM_CHANNEL)!.messages.find((m) => m.ref === rootRef)!.thread[0]!.ref;
  }, 120_000);
  afterAll(async () => pg?.stop());

  it('refuses every rendering in a reply, an edit, a command and a reaction; only the sender sees the refusal', async () => {
    let n = 0;
    for (const [name, render] of RENDERINGS) {
      const text = `Gedaan: Het Baken gebeld over cliënt ${render(VALID_BSNS[n++ % VALID_BSNS.length]!)}`;
      for (const step of [
        { kind: 'thread_reply', channelRef: TEAM_CHANNEL, threadRef: rootRef, text },
        { kind: 'message_edited', messageRef: cleanRef, text },
        { kind: 'command', text: `log Het Baken ${text}` },
      ]) {
        const res = await pg.call<{ replies: { type: string; message?: { text: string } }[] }>('POST', '/api/inbound', { as: sanne.staffId, ...step });
        expect(res.status, `${name} ${step.kind}`).toBe(200);
        expect(res.json.replies[0]?.message?.text, `${name} ${step.kind}`).toContain('BSN');
      }
    }
    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'reaction_added', messageRef: rootRef, reaction: '123456782' });

    const transcript = readFileSync(stateFile, 'utf8');
    expect(existsSync(stateFile)).toBe(true);
    expect(stringsWithBsn(JSON.parse(transcript), VALID_BSNS)).toEqual([]);
    expect(JSON.parse(transcript).replies.map((r: { text: string }) => r.text)).toEqual(['Gedaan: Het Baken gebeld']);
    // Others see the clean reply only; the sender sees it too, and the refusals as notes.
    expect(stringsWithBsn(await view(marieke), VALID_BSNS)).toEqual([]);
    const own = await view(sanne);
    expect(stringsWithBsn(own.channels, VALID_BSNS)).toEqual([]);
    expect(own.ephemerals[0]!.message.text).toContain('BSN');
    expect(await findStoredBsn(pg.h.db, VALID_BSNS)).toEqual([]);
  }, 120_000);
});
