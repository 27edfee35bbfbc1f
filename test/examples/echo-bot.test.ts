// examples/echo-bot.ts works as documented: over real HTTP on the playground, a person
// types "ping" and the echo feature answers; a word no feature knows is still refused.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEchoBot } from '../../examples/echo-bot.ts';
import type { Database } from '../../src/store/database.ts';
import { loadDemoOrganisation } from '../../src/store/load-demo.ts';
import { openTestDatabase } from '../support/test-database.ts';

describe('examples/echo-bot.ts', () => {
  let db: Database;
  let server: Server;
  let base: string;
  const post = async (body: unknown) => {
    const res = await fetch(`${base}/playground/api/inbound`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, json: (await res.json()) as { replies: { type: string; message: { text: string } }[] } };
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadDemoOrganisation(db, new Date());
    server = createEchoBot(db).app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await db?.close();
  });

  it('answers ping (and what follows it) to the person who typed it', async () => {
    const people = ((await (await fetch(`${base}/playground/api/people`)).json()) as { people: { staffId: string; name: string }[] }).people;
    const sanne = people.find((p) => p.name === 'Sanne de Graaf')!;
    const { status, json } = await post({ as: sanne.staffId, kind: 'command', text: 'ping hallo' });
    expect(status).toBe(200);
    expect(json.replies).toEqual([{ type: 'ephemeral', message: { text: 'pong: hallo (Sanne de Graaf)', blocks: [] } }]);

    const other = await post({ as: sanne.staffId, kind: 'command', text: 'constructor' });
    expect(other.json.replies[0]?.message.text).toContain('constructor');
  });
});
