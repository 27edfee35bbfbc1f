// A collaboration through two quick-scan quarters on the demo organisation, everything
// real (bot, scheduler, outbox, store, dashboard over HTTP on 127.0.0.1) on a manual
// clock: Marieke creates it in chat with four participants, the quarterly round opens
// on schedule on 1 April, one reminder goes to those who have not answered, results
// show only once three answered and the round closed, the agenda gets a line, and a
// second round in July shows the change. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatures } from '../../src/app/create-features.ts';
import type { Form } from '../../src/core/form.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { renderPlainText } from '../../src/core/plain-text.ts';
import { instantAt } from '../../src/domain/period-key.ts';
import { SCAN_STATEMENTS } from '../../src/domain/quick-scan-results.ts';
import { createQuickScanStore } from '../../src/store/quick-scan-store.ts';
import { request } from 'node:http';
import { insertMagicLink, startDashboardServer } from '../dashboard/dashboard-server.ts';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { testDbKinds } from '../support/test-database.ts';

const ZONE = 'Europe/Amsterdam';
const at = (date: string, time: string) => instantAt(date, time, ZONE);
const NAME = 'Zorgnetwerk Maasdelta Ouderen';
const textOf = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? renderPlainText(r.message) : r.type)).join('\n');
const formOf = (replies: Reply[]): Form => {
  const open = replies.find((r) => r.type === 'open_form');
  if (!open || open.type !== 'open_form') throw new Error(`geen formulier: ${JSON.stringify(replies)}`);
  return open.form;
};
/** Form values: every statement `score` (or "weet ik niet"), except Leren which gets `leren`. */
const scoresOf = (score: string, leren: string) => Object.fromEntries(SCAN_STATEMENTS.map((s) => [s.key.replace('.', '_'), s.factor === 'Leren' ? leren : score]));

/** One GET on its own connection: a pooled socket the server closed while PGlite held the event loop would reset. */
function getWithoutKeepAlive(url: string, cookie: string): Promise<{ status: number; text: string; setCookie: string | null }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: cookie ? { cookie } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, setCookie: res.headers['set-cookie']?.[0] ?? null }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(testDbKinds())('a collaboration through two quick-scan quarters (%s)', (kind) => {
  let h: BotHarness;
  let dashboard: Awaited<ReturnType<typeof startDashboardServer>>;
  const who: Record<string, string> = {};
  let collaborationId = '';
  let organisationId = '';
  const participants = ['Sanne de Graaf', 'Youssef El Amrani', 'Ingrid Bosman', 'Thijs Verhoeven'];

  const envelope = (name: string) => h.envelopeOf(who[name]!);
  const command = async (name: string, text: string) => h.send({ type: 'command', envelope: await envelope(name), text });
  const act = async (name: string, actionId: string, value: string) => h.send({ type: 'action', envelope: await envelope(name), actionId, value });
  const submit = async (name: string, form: Form, values: Record<string, string | string[]>) =>
    h.send({ type: 'form_submitted', envelope: await envelope(name), formId: form.formId, context: form.context, values });
  const dmsTo = (name: string, prefix: string) => h.platform.to(`person:${who[name]}`).filter((d) => d.text.startsWith(prefix));
  async function answer(name: string, score: string, leren: string, remark = '') {
    const invite = dmsTo(name, 'QUICKSCAN: ').at(-1);
    if (!invite) throw new Error(`geen uitnodiging voor ${name}`);
    const roundId = (await h.db.prisma.quickScanRound.findFirstOrThrow({ where: { collaborationId, closedAt: null } })).id;
    const form = formOf(await act(name, 'quickscan.open', roundId));
    expect(form.inputs).toHaveLength(15);
    return textOf(await submit(name, form, { ...scoresOf(score, leren), remark }));
  }
  async function page(name: string) {
    const token = await insertMagicLink(h.db, who[name]!, new Date(h.clock.now().getTime() + 15 * 60_000));
    const login = await getWithoutKeepAlive(`${dashboard.base}/dashboard/login?token=${token}`, '');
    const cookie = (login.setCookie ?? '').split(';')[0]!;
    return getWithoutKeepAlive(`${dashboard.base}/dashboard/samenwerkingen/${collaborationId}`, cookie);
  }

  beforeAll(async () => {
    h = await createBotHarness({ kind, now: at('2027-03-15', '10:00'), features: (deps, db) => createFeatures(db, deps) });
    // The demo's own collaborations would also get rounds; this scenario follows its own only.
    await h.db.prisma.collaboration.deleteMany({});
    for (const name of ['Marieke van der Linden', 'Hanneke Smit', ...participants]) who[name] = (await h.db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    organisationId = (await h.db.prisma.staff.findUniqueOrThrow({ where: { id: who['Sanne de Graaf']! } })).organisationId;
    dashboard = await startDashboardServer(h.db, h.clock);
  }, 120_000);
  afterAll(async () => {
    await dashboard?.close();
    await h?.close();
  });

  it('March: a teamleider creates the collaboration in chat; a colleague may not; the effort-like goal gets advice', { timeout: 240_000 }, async () => {
    expect(textOf(await command('Sanne de Graaf', 'samenwerking nieuw'))).toContain('Alleen de eigenaar');
    const form = formOf(await command('Marieke van der Linden', 'samenwerking nieuw'));
    const partners = await h.db.prisma.partner.findMany({ where: { organisationId }, orderBy: { name: 'asc' }, take: 2 });
    const saved = textOf(await submit('Marieke van der Linden', form, {
      name: NAME, partners: partners.map((p) => p.id), participants: participants.map((n) => who[n]!),
      owner: who['Marieke van der Linden']!, goal: 'Vier keer per jaar overleggen', start: '2027-03-01', stage: 'opstarten', interval: '3',
    }));
    expect(saved).toContain(`Samenwerking *${NAME}* opgeslagen`);
    expect(saved).toMatch(/inspanning|meetbaar/);
    collaborationId = (await h.db.prisma.collaboration.findFirstOrThrow({ where: { name: NAME } })).id;
    expect(textOf(await command('Sanne de Graaf', 'samenwerking'))).toContain(NAME);
    expect(textOf(await command('Sanne de Graaf', 'samenwerking maasdelta ouderen'))).toContain('Deelnemers: Ingrid Bosman, Sanne de Graaf, Thijs Verhoeven, Youssef El Amrani');
    // Nothing opens before the quarter: the collaboration is younger than this period.
    await h.advanceTo(at('2027-03-31', '12:00'));
    expect(await h.db.prisma.quickScanRound.count({ where: { collaborationId } })).toBe(0);
  });

  it('1 April: the quarterly round opens on schedule and invites the four participants once', { timeout: 240_000 }, async () => {
    const ran = await h.advanceTo(at('2027-04-01', '09:30'));
    expect(ran.some((k) => k.startsWith(`quickscan:${organisationId}:2027-04-01`))).toBe(true);
    for (const name of participants) expect(dmsTo(name, 'QUICKSCAN: ')).toHaveLength(1);
    expect(dmsTo('Hanneke Smit', 'QUICKSCAN: ')).toHaveLength(0);
    const round = await h.db.prisma.quickScanRound.findFirstOrThrow({ where: { collaborationId } });
    expect(round).toMatchObject({ trigger: 'schedule', invited: 4 });
    await h.advanceTo(at('2027-04-02', '09:30'));
    expect(await h.db.prisma.quickScanRound.count({ where: { collaborationId } })).toBe(1);
  });

  it('two answers show nothing; a non-participant cannot answer; the reminder goes once to the other two', { timeout: 240_000 }, async () => {
    expect(await answer('Sanne de Graaf', '4', '2', 'Goede sfeer, maar evalueren schiet erbij in')).toContain('opgeslagen');
    expect(await answer('Youssef El Amrani', '4', '1')).toContain('opgeslagen');
    const roundId = (await h.db.prisma.quickScanRound.findFirstOrThrow({ where: { collaborationId } })).id;
    expect(textOf(await act('Hanneke Smit', 'quickscan.open', roundId))).toContain('niet (meer) bij de deelnemers');
    const before = await page('Sanne de Graaf');
    expect(before.status).toBe(200);
    expect(before.text).toContain('2 van 4 hebben geantwoord');
    expect(before.text).not.toContain('<svg');
    expect(before.text).not.toContain('evalueren schiet erbij in');

    await h.advanceTo(at('2027-04-06', '09:30'));
    await h.advanceTo(at('2027-04-07', '09:30'));
    for (const name of ['Ingrid Bosman', 'Thijs Verhoeven']) expect(dmsTo(name, 'Herinnering: de quickscan')).toHaveLength(1);
    for (const name of ['Sanne de Graaf', 'Youssef El Amrani']) expect(dmsTo(name, 'Herinnering: de quickscan')).toHaveLength(0);
  });

  it('the third answer is counted; results appear when the round closes, with the weakest factor, its tip and a line in the agenda', { timeout: 240_000 }, async () => {
    expect(await answer('Ingrid Bosman', '5', '3', 'Meer tijd nodig')).toContain('opgeslagen');
    const open = await page('Youssef El Amrani');
    expect(open.text).toContain('3 van 4 hebben geantwoord');
    expect(open.text).not.toContain('<svg');

    await h.advanceTo(at('2027-04-15', '09:30'));
    const round = await h.db.prisma.quickScanRound.findFirstOrThrow({ where: { collaborationId } });
    expect(round.closedAt).not.toBeNull();
    const shown = await page('Youssef El Amrani');
    expect(shown.text).toContain('<svg');
    expect(shown.text).toContain('Zwakste factor: Leren (2.0 van 5)');
    expect(shown.text).toContain('Plan een vaste evaluatie');
    // Remarks without names, sorted; no person next to any score.
    expect(shown.text.indexOf('Goede sfeer')).toBeGreaterThan(-1);
    expect(shown.text.indexOf('Meer tijd nodig')).toBeGreaterThan(shown.text.indexOf('Goede sfeer'));
    expect(shown.text).not.toMatch(/Sanne de Graaf[^<]*4\.00/);
    // Too late to answer now.
    expect(textOf(await act('Thijs Verhoeven', 'quickscan.open', round.id))).toContain('al gesloten');
    expect(textOf(await command('Marieke van der Linden', 'agenda'))).toContain(`${NAME}: 3 deelnemers, zwakste factor Leren (2.0)`);
  });

  it('July: the second round opens on schedule, and the page shows the change since April', { timeout: 240_000 }, async () => {
    await h.advanceTo(at('2027-07-01', '09:30'));
    expect(await h.db.prisma.quickScanRound.count({ where: { collaborationId } })).toBe(2);
    for (const name of participants) expect(dmsTo(name, 'QUICKSCAN: ')).toHaveLength(2);
    await answer('Sanne de Graaf', '4', '3');
    await answer('Youssef El Amrani', '5', '3');
    await answer('Thijs Verhoeven', '4', '4');
    await h.advanceTo(at('2027-07-15', '09:30'));
    const shown = await page('Sanne de Graaf');
    expect(shown.text).toContain('vorige ronde');
    // Leren: from (2+1+3)/3 = 2.00 to (3+3+4)/3 = 3.33.
    expect(shown.text).toContain('+1.33');
    const closed = await createQuickScanStore(h.db.prisma).listScanRoundsClosedBetween(organisationId, at('2027-04-01', '00:00'), at('2027-08-01', '00:00'));
    expect(closed.map((r) => [r.name, r.respondents, r.weakestFactor])).toEqual([[NAME, 3, 'Leren'], [NAME, 3, 'Leren']]);
    expect(closed[1]?.weakestMean).toBe(3.33);
  });
});
