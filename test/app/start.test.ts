// `npm start` as a user runs it (scripts/start.mjs: the compiled server, built when stale):
// a fresh data folder, no env, the real process.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function waitFor(url: string, ms: number): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

describe('npm start (embedded default)', () => {
  it('migrates, loads the demo, serves /healthz and the playground, and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rro-start-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/healthz`, 60_000);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite', status: 'ok' } });
      const people = (await (await fetch(`http://127.0.0.1:${port}/playground/api/people`)).json()) as { people: unknown[] };
      expect(people.people.length).toBeGreaterThan(15);
      // Move the clock to next Monday 09:00: the real scheduler opens the round and the
      // outbox delivers the root post to the team channel of a team member.
      const moved = await fetch(`http://127.0.0.1:${port}/playground/api/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'next-monday-0900' }),
      });
      expect(moved.status).toBe(200);
      const member = (people.people as { staffId: string; teams: unknown[] }[]).find((p) => p.teams.length > 0)!;
      const state = (await (await fetch(`http://127.0.0.1:${port}/playground/api/state?as=${member.staffId}`)).json()) as {
        channels: { messages: { message: { text: string } }[] }[];
      };
      const posts = state.channels.flatMap((c) => c.messages.map((m) => m.message.text));
      expect(posts.some((t) => /^RRO week \d+/.test(t))).toBe(true);
      const page = await fetch(`http://127.0.0.1:${port}/playground`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('RRO-bot');
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    expect(output).not.toMatch(/Error|fout/i);
  });

  it('stops with exit code 2 and a Dutch message on a bad setting, without a stack trace', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: 'abc' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('PORT');
    expect(err).toContain('moet een getal zijn');
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
