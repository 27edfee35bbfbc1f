// Requests our gate refuses never reach Bolt's receiver, so none of them leaves
// Bolt's 3-second "not acknowledged" timer behind (which logs an ERROR each).
// Real adapter, real HTTP, the adapter's log captured as JSON lines.
import './no-network.ts';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, sign, startSlack, type SlackHarness } from './start-slack.ts';

const FORM = 'application/x-www-form-urlencoded';
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

/** Twelve kinds of junk: broken bodies, wrong shapes, unknown ids, bad signatures, too large. */
function junk(i: number): { body: string; type: string; headers?: Record<string, string> } {
  const click = fixture('block-actions.button');
  click.actions[0].action_id = `onbekend ${i}`;
  const shortcut = { ...fixture('shortcut.share-success'), callback_id: `iets_anders_${i}` };
  const kinds = [
    { body: `{"type":"event_callback",${i}`, type: 'application/json' },
    { body: form({ payload: `{niet json ${i}` }), type: FORM },
    { body: JSON.stringify({ type: 'event_callback', team_id: 'T0MAASDELTA', event: { type: 'message', channel: 'C0TRANSFER', ts: `gisteren ${i}` } }), type: 'application/json' },
    { body: form({ payload: JSON.stringify(click) }), type: FORM },
    { body: form({ ...fixture('slash-command.log'), command: `/ander${i}` }), type: FORM },
    { body: JSON.stringify({ type: `view_closed_${i}` }), type: 'application/json' },
    { body: form({ payload: JSON.stringify(shortcut) }), type: FORM },
    { body: form({ payload: JSON.stringify({ type: 'view_submission', view: { id: i } }) }), type: FORM },
    { body: form(fixture('slash-command.log')), type: 'text/plain' },
    { body: JSON.stringify({ type: 'event_callback', n: i }), type: 'application/json; charset=utf-8' },
    { body: form(fixture('slash-command.log')), type: FORM, headers: sign('iets anders') },
    { body: JSON.stringify({ ...fixture('app-home-opened'), padding: 'x'.repeat(1_100_000) }), type: 'application/json' },
  ];
  return kinds[i % kinds.length]!;
}

describe('Slack adapter: junk does not start Bolt timers', () => {
  let h: SlackHarness;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    h = await startSlack({ now: new Date('2026-11-22T11:00:00Z'), log });
  }, 60_000);
  afterAll(async () => h?.stop());

  it('answers 200 junk requests 400/401/413 with JSON, leaves no timers, and logs no "not acknowledged" error', async () => {
    const before = timers();
    const statuses = new Map<number, number>();
    for (let i = 0; i < 200; i++) {
      const j = junk(i);
      const res = await fetch(`${h.base}/slack/events`, { method: 'POST', headers: { 'content-type': j.type, ...(j.headers ?? sign(j.body)) }, body: j.body });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.headers.get('content-type') ?? '', `junk ${i % 12}`).toMatch(/^application\/json/);
      const body = (await res.json()) as { error: string; code: string };
      expect(body.error, `junk ${i % 12}`).toMatch(/\S/);
      expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules|\/work\//);
    }
    const lastAnswered = Date.now();
    expect([...statuses.keys()].sort()).toEqual([400, 401, 413]);
    // Each request Bolt's receiver handled would hold a 3-second timer right now.
    expect(timers() - before).toBeLessThan(20);

    // Slack's "you are rate limited" notice is answered at once, not left to time out.
    const limited = JSON.stringify({ token: 'x', type: 'app_rate_limited', team_id: 'T0MAASDELTA', minute_rate_limited: 1518467820, api_app_id: 'A0RRO' });
    const res = await fetch(`${h.base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...sign(limited) }, body: limited });
    expect(res.status).toBe(200);

    // Past Bolt's fixed 3001 ms window (its own constant), nothing may have fired.
    while (Date.now() < lastAnswered + 3_500) await new Promise((r) => setTimeout(r, 100));
    const errors = lines.filter((l) => Number(l.level) >= 50);
    expect(errors.map((l) => l.msg)).toEqual([]);
    expect(lines.filter((l) => /not acknowledged/i.test(String(l.msg)))).toEqual([]);
    expect(lines.filter((l) => l.msg === 'Slack-verzoek geweigerd').length).toBeGreaterThanOrEqual(120);
  });

  it('still serves real requests after the junk, and lets the URL and SSL checks of Slack through to Bolt', async () => {
    const r = await h.command(fixture('slash-command.log'));
    expect(r.status).toBe(200);
    const challenge = JSON.stringify({ token: 'x', challenge: 'uitdaging-42', type: 'url_verification' });
    const verified = await h.postRaw(challenge, 'application/json', sign(challenge));
    expect([verified.status, verified.json?.challenge]).toEqual([200, 'uitdaging-42']);
    const ssl = form({ ssl_check: '1', token: 'x' });
    expect((await h.postRaw(ssl, FORM, sign(ssl))).status).toBe(200);
  });
});
