// The monthly digest as the scheduler runs it: on the first working day, to every
// manager once, with the figures and a link to the printable page — also in a month
// without successes — and the collaborations section from rows the port hands in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestFeature } from '../../../src/features/digest/digest-feature.ts';
import type { ClosedScanRound } from '../../../src/features/digest/digest-ports.ts';
import { createDigestStore } from '../../../src/store/digest-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('management digest job', () => {
  let h: BotHarness;
  let managers: { id: string }[];
  // What the collaboration store will hand in after the merge: here, rows of the test's own.
  const closedRounds: ClosedScanRound[] = [
    { collaborationId: '6f9c1f62-1c53-4a55-9d8b-2a4f1ac0a001', name: 'Regionaal Zorgnetwerk Transmuraal', closedAt: new Date('2026-11-18T12:00:00Z'), respondents: 4, weakestFactor: 'De spelers', weakestMean: 7 / 3 },
    { collaborationId: '6f9c1f62-1c53-4a55-9d8b-2a4f1ac0a002', name: 'IZA Valpreventie', closedAt: new Date('2026-11-05T12:00:00Z'), respondents: 2, weakestFactor: null, weakestMean: null },
  ];

  beforeAll(async () => {
    h = await createBotHarness({
      now: NOW,
      features: (deps, db) => [createDigestFeature({
        ...createDigestStore(db.prisma),
        listScanRoundsClosedBetween: async (_organisationId, from, to) => closedRounds.filter((r) => r.closedAt >= from && r.closedAt < to),
      }, deps, { publicUrl: 'https://rro.zorg.example/', mail: false })],
    });
    managers = await h.db.prisma.staff.findMany({ where: { role: 'manager' }, select: { id: true } });
    const org = await h.db.prisma.organisation.findFirstOrThrow();
    const author = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    await h.db.prisma.success.create({ data: { organisationId: org.id, authorId: author.id, title: 'Warme overdracht geregeld', story: 'Met de thuiszorg.', createdAt: new Date('2026-11-20T10:00:00Z') } });
  }, 120_000);
  afterAll(async () => h?.close());

  const digestsTo = () => h.platform.sent.filter((s) => s.text.startsWith('MAANDOVERZICHT RELATIEBEHEER'));

  it('on the first working day each manager gets the figures, the collaborations and the successes, once', async () => {
    h.platform.clear();
    await h.advanceTo(new Date('2026-12-01T08:30:00Z')); // Tuesday 1 December, 09:30 in Amsterdam
    await h.advanceTo(new Date('2026-12-02T08:30:00Z')); // the next day: nothing again
    const sent = digestsTo();
    expect(managers.length).toBeGreaterThan(0);
    expect(sent.map((d) => d.to).sort()).toEqual(managers.map((m) => `person:${m.id}`).sort());
    const text = sent[0]!.text;
    expect(text).toContain('MAANDOVERZICHT RELATIEBEHEER — NOVEMBER 2026');
    // The demo's partners are dated back to before their own history (load-demo.ts), so October is compared.
    for (const level of ['operationeel', 'tactisch', 'strategisch']) expect(text).toMatch(new RegExp(`• ${level}: \\d+% \\(\\d+ van \\d+ partners\\), [^\\n]*de maand ervoor`));
    expect(text).not.toContain('geen vergelijking met de maand ervoor');
    expect(text).toContain('Deelname aan de check-in');
    expect(text).toContain('Afspraken nagekomen');
    expect(text).toContain('Plandoelen op koers');
    expect(text).toContain('Regionaal Zorgnetwerk Transmuraal: scanronde gesloten (4 antwoorden), zwakste slaagfactor De spelers (gemiddeld 2,3)');
    expect(text).toContain('IZA Valpreventie: scanronde gesloten (2 antwoorden), te weinig antwoorden voor een uitslag');
    expect(text).toContain('Warme overdracht geregeld');
    expect(text).toContain('https://rro.zorg.example/dashboard/digest/2026-11');
  });

  it('a month without successes and without a closed scan round still sends, and says so', async () => {
    h.platform.clear();
    await h.advanceTo(new Date('2027-01-04T08:30:00Z')); // 1 Jan is a holiday, 2–3 Jan the weekend
    const sent = digestsTo();
    expect(sent.map((d) => d.to).sort()).toEqual(managers.map((m) => `person:${m.id}`).sort());
    expect(sent[0]!.text).toContain('DECEMBER 2026');
    expect(sent[0]!.text).toContain('Deze maand zijn er geen successen gedeeld.');
    expect(sent[0]!.text).toContain('Samenwerkingen: geen scanronde gesloten deze maand');
    expect(sent[0]!.text).toContain('https://rro.zorg.example/dashboard/digest/2026-12');
  });
});
