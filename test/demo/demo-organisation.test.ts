import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildDemoOrganisation } from '../../src/demo/demo-organisation.ts';
import type { DemoOrganisation } from '../../src/demo/demo-types.ts';

const NOW = new Date('2026-11-23T20:21:00Z');
const DAY = 86_400_000;

function statusOf(demo: DemoOrganisation, partnerKey: string, now: Date): string {
  const partner = demo.partners.find((p) => p.key === partnerKey)!;
  const category = demo.categories.find((c) => c.key === partner.categoryKey)!;
  const times = demo.contactMoments.filter((m) => m.partnerKey === partnerKey).map((m) => m.occurredAt.getTime());
  if (times.length === 0) return 'grey';
  const days = (now.getTime() - Math.max(...times)) / DAY;
  return days <= category.idealIntervalDays ? 'green' : days <= category.maxIntervalDays ? 'yellow' : 'red';
}

describe('buildDemoOrganisation', () => {
  const demo = buildDemoOrganisation(NOW);

  it('is the same for the same now, and moves along with a different now', () => {
    expect(buildDemoOrganisation(new Date(NOW))).toEqual(demo);
    const later = buildDemoOrganisation(new Date(NOW.getTime() + 7 * DAY));
    expect(later.partners.map((p) => p.name)).toEqual(demo.partners.map((p) => p.name));
    expect(later.contactMoments[0]!.occurredAt.getTime()).toBeGreaterThan(demo.contactMoments[0]!.occurredAt.getTime());
  });

  it('has unique partner names, unique aliases, and about forty partners in six rubrieken', () => {
    const names = demo.partners.map((p) => p.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const aliases = demo.partners.flatMap((p) => p.aliases.map((a) => a.toLowerCase()));
    expect(new Set([...names, ...aliases]).size).toBe(names.length + aliases.length);
    expect(demo.partners.length).toBeGreaterThanOrEqual(40);
    expect(new Set(demo.partners.map((p) => p.categoryKey))).toEqual(new Set(demo.categories.map((c) => c.key)));
    expect(demo.categories.map((c) => c.name).sort()).toEqual(['GGZ', 'Gemeente', 'Huisartsen', 'Jeugdzorg', 'VVT', 'Wijkteam']);
  });

  it('has three teams of 5–8 people with one lead each, a manager, an admin and one person away until next week', () => {
    expect(demo.teams.map((t) => t.name)).toEqual(['Transferpunt', 'Geriatrie', 'Kindergeneeskunde']);
    for (const team of demo.teams) {
      const members = demo.memberships.filter((m) => m.teamKey === team.key);
      expect(members.length).toBeGreaterThanOrEqual(5);
      expect(members.length).toBeLessThanOrEqual(8);
      expect(members.filter((m) => m.isLead)).toHaveLength(1);
    }
    expect(demo.staff.filter((s) => s.role === 'manager')).toHaveLength(1);
    expect(demo.staff.filter((s) => s.role === 'admin')).toHaveLength(1);
    const away = demo.staff.filter((s) => s.awayUntil);
    expect(away).toHaveLength(1);
    expect(away[0]!.awayUntil!.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    for (const s of demo.staff) {
      expect(s.email).toMatch(/^[a-z.-]+@maasdelta\.example$/);
      expect(s.platformUserId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('gives every partner an operational owner and covers all three levels in contacts and assignments', () => {
    for (const p of demo.partners) {
      expect(demo.assignments.some((a) => a.partnerKey === p.key && a.level === 'operationeel' && a.kind === 'owner')).toBe(true);
      expect(demo.partnerContacts.some((c) => c.partnerKey === p.key)).toBe(true);
    }
    const levels = ['operationeel', 'tactisch', 'strategisch'];
    expect(new Set(demo.partnerContacts.map((c) => c.level))).toEqual(new Set(levels));
    expect(new Set(demo.assignments.map((a) => a.level))).toEqual(new Set(levels));
  });

  it('shows all four statuses, with history of at most six months and nothing in the future', () => {
    const statuses = demo.partners.map((p) => statusOf(demo, p.key, NOW));
    for (const s of ['green', 'yellow', 'red', 'grey']) expect(statuses).toContain(s);
    expect(statuses.filter((s) => s === 'green').length).toBeGreaterThan(statuses.length / 2);
    for (const m of demo.contactMoments) {
      expect(m.occurredAt.getTime()).toBeLessThan(NOW.getTime());
      expect(NOW.getTime() - m.occurredAt.getTime()).toBeLessThan(186 * DAY);
    }
  });

  it('keeps all four statuses whatever the weekday, hour or season of now', () => {
    for (let i = 0; i < 20; i++) {
      const now = new Date(Date.UTC(2026, 0, 1) + i * 19.3 * DAY);
      const other = buildDemoOrganisation(now);
      const statuses = new Set(other.partners.map((p) => statusOf(other, p.key, now)));
      expect([...statuses].sort(), now.toISOString()).toEqual(['green', 'grey', 'red', 'yellow']);
    }
  });

  it('mentions a partner by name or alias in every check-in answer, and records it', () => {
    expect(demo.answers.length).toBeGreaterThan(40);
    for (const answer of demo.answers) {
      const text = `${answer.done}\n${answer.planned}`;
      const mentioned = demo.partners.filter((p) => [p.name, ...p.aliases].some((n) => text.includes(n)));
      expect(mentioned.length, text).toBeGreaterThan(0);
      for (const key of answer.partnerKeys) expect(mentioned.map((p) => p.key), text).toContain(key);
      expect(answer.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('has six weekly rounds per team with ISO week keys before the current week, the newest open', () => {
    const transfer = demo.rounds.filter((r) => r.teamKey === 'transfer');
    // Monday evening of W48: the live bot opens W48 itself, so the demo ends with W47.
    expect(transfer.map((r) => r.periodKey)).toEqual(['2026-W47', '2026-W46', '2026-W45', '2026-W44', '2026-W43', '2026-W42']);
    expect(transfer.map((r) => r.state)).toEqual(['open', 'closed', 'closed', 'closed', 'closed', 'closed']);
    expect(demo.rounds).toHaveLength(18);
    const local = DateTime.fromJSDate(transfer[5]!.opensAt, { zone: 'Europe/Amsterdam' });
    expect([local.weekday, local.hour]).toEqual([1, 9]); // summer time still held in W42
  });

  it('leaves the current week to the live bot until its check-in window closes on Friday 17:00', () => {
    const newestAt = (iso: string) => buildDemoOrganisation(new Date(iso)).rounds.find((r) => r.teamKey === 'transfer')!.periodKey;
    expect(newestAt('2026-11-23T07:59:00Z')).toBe('2026-W47'); // Monday 08:59, before the round opens
    expect(newestAt('2026-11-27T15:59:00Z')).toBe('2026-W47'); // Friday 16:59, a restart still opens W48
    expect(newestAt('2026-11-27T16:00:00Z')).toBe('2026-W48'); // Friday 17:00, the bot no longer will
    expect(newestAt('2026-11-29T11:00:00Z')).toBe('2026-W48'); // Sunday
  });

  it('counts ISO weeks across a new year with 53 weeks (2026-W53)', () => {
    const keysAt = (iso: string) => buildDemoOrganisation(new Date(iso)).rounds.filter((r) => r.teamKey === 'geriatrie').map((r) => r.periodKey);
    expect(keysAt('2027-01-04T10:00:00Z').slice(0, 3)).toEqual(['2026-W53', '2026-W52', '2026-W51']); // Monday of 2027-W01
    expect(keysAt('2027-01-09T10:00:00Z').slice(0, 3)).toEqual(['2027-W01', '2026-W53', '2026-W52']); // Saturday of 2027-W01
  });

  it('answers within their round, and "ga doen" done only after it was said and before now', () => {
    const rounds = new Map(demo.rounds.map((r) => [r.key, r]));
    for (const a of demo.answers) {
      expect(a.createdAt.getTime()).toBeGreaterThan(rounds.get(a.roundKey)!.opensAt.getTime());
      expect(a.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    for (const c of demo.commitments.filter((c) => c.state === 'done')) {
      expect(c.doneAt!.getTime()).toBeGreaterThan(c.createdAt.getTime());
      expect(c.doneAt!.getTime()).toBeLessThan(NOW.getTime());
    }
    // The newest round is still open: what was not done yet is open, not dropped.
    const newest = demo.commitments.filter((c) => rounds.get(c.roundKey)!.state === 'open');
    expect(newest.length).toBeGreaterThan(5);
    expect(new Set(newest.map((c) => c.state))).toEqual(new Set(['open', 'done']));
  });

  it('has commitments done and open, nudges with outcomes, successes with slaagfactoren, and result-formulated plans', () => {
    const states = new Set(demo.commitments.map((c) => c.state));
    expect(states.has('done') && states.has('open')).toBe(true);
    for (const c of demo.commitments.filter((c) => c.state === 'done')) expect(c.doneAt).not.toBeNull();
    expect(demo.nudges.length).toBeGreaterThanOrEqual(3);
    expect(demo.nudges.some((n) => n.outcome !== null)).toBe(true);
    expect(demo.successes.length).toBeGreaterThanOrEqual(7);
    const factors = ['Resultaten', 'Stakeholders & belangen', 'De spelers', 'Opdrachten', 'Organisatie', 'Resources & competenties', 'Leren'];
    expect(new Set(demo.successes.flatMap((s) => s.tags))).toEqual(new Set(factors));
    for (const s of demo.successes) {
      const names = s.partnerKeys.map((k) => demo.partners.find((p) => p.key === k)!.name);
      expect(names.some((n) => s.story.includes(n))).toBe(true);
      expect(s.thankedStaffKeys).not.toContain(s.authorKey);
    }
    const goals = demo.plans.flatMap((p) => p.goals);
    expect(goals.length).toBeGreaterThan(5);
    for (const g of goals) {
      // Result-formulated: a measurable number, about a named partner.
      expect(g.result).toMatch(/\d/);
      expect(g.result).toContain(demo.partners.find((p) => p.key === g.partnerKey)!.name);
    }
    expect(demo.plans.every((p) => p.year === 2026)).toBe(true);
  });
});
