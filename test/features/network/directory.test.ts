import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/outbound.ts';
import { renderPlainText } from '../../../src/core/plain-text.ts';
import { createNetworkFeature } from '../../../src/features/network/network-feature.ts';
import { createIntroductionStore } from '../../../src/store/introduction-store.ts';
import { createBriefingStore } from '../../../src/store/briefing-query.ts';
import { createNetworkStore } from '../../../src/store/network-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';
import { testDbKinds } from '../../support/test-database.ts';
import { seedNetworkRegister } from './network-register.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const text = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? renderPlainText(r.message) : '')).join('\n');

describe.each(testDbKinds())('network directory on %s', (kind) => {
  let h: BotHarness;
  let r: Awaited<ReturnType<typeof seedNetworkRegister>>;
  const ask = async (staffId: string, t: string) => h.send({ type: 'command', envelope: await h.envelopeOf(staffId), text: t });

  beforeAll(async () => {
    h = await createBotHarness({
      kind, now: NOW, empty: true,
      features: (deps, db) => [createNetworkFeature(createNetworkStore(db, () => deps.clock.now()), createBriefingStore(db.prisma), createIntroductionStore(db.prisma), deps)],
    });
    r = await seedNetworkRegister(h.db, NOW);
  });
  afterAll(async () => h?.close());

  it('ranks colleagues with the expertise, the recently active one first, with work contact data and a mention', async () => {
    const [reply] = await ask(r.asker.id, 'wie kan ik bellen over pleegzorg?');
    if (reply?.type !== 'ephemeral') throw new Error('expected ephemeral');
    const out = renderPlainText(reply.message);
    expect(reply.message.text).toBe('Wie kun je bellen over “pleegzorg”?');
    expect(out.indexOf('@Eva Visser')).toBeGreaterThan(-1);
    expect(out.indexOf('@Eva Visser')).toBeLessThan(out.indexOf('@Bram Bakker'));
    expect(out).toContain('eva@zkh.test');
    expect(out).toContain('010-1234567');
    expect(JSON.stringify(reply.message)).toContain('<@u-eva|Eva Visser>');
    // A contact person at a partner with that expertise is found too.
    expect(out).toContain('Kees Pleeg');
  });

  it('is typo- and accent-tolerant: "pleegzrog" finds pleegzorg, "maxima" finds Máxima', async () => {
    expect(text(await ask(r.asker.id, 'wie pleegzrog'))).toContain('Eva Visser');
    // word_similarity 0.54: found only because the search lowers pg_trgm's 0.6 default.
    expect(text(await ask(r.asker.id, 'wie pleegsorg'))).toContain('Eva Visser');
    const out = text(await ask(r.asker.id, 'wie maxima'));
    // Who knows the partner: the lead (tactisch, 5 days ago) before Noor (operationeel, 200 days ago).
    expect(out).toContain('kent Máxima Medisch Centrum (tactisch, eigenaar) · laatste contact 5 dagen geleden');
    expect(out.indexOf('Lotte Leider')).toBeLessThan(out.indexOf('Noor Smit'));
    expect(out).toContain('Dr. Anna de Wit (bestuurder) — Máxima Medisch Centrum · strategisch');
  });

  it('finds colleagues by werkt ook voor', async () => {
    expect(text(await ask(r.asker.id, 'wie mantelzorg rijnmond'))).toContain('Noor Smit');
  });

  it('role rule: a partner contact person\'s details only for its colleagues and for leads', async () => {
    const asStaff = text(await ask(r.asker.id, 'wie maxima'));
    expect(asStaff).not.toContain('anna@mmc.test');
    expect(asStaff).toContain('Contactgegevens krijg je via een collega die Máxima Medisch Centrum kent.');
    expect(text(await ask(r.noor.id, 'wie maxima'))).toContain('anna@mmc.test');
    expect(text(await ask(r.lead.id, 'wie maxima'))).toContain('anna@mmc.test');
  });

  it('an empty result suggests related topics and the lead', async () => {
    const out = text(await ask(r.asker.id, 'wie pleegouders'));
    expect(out).toContain('Ik vond niemand voor “pleegouders”.');
    expect(out).toContain('Verwante onderwerpen: pleegzorg');
    expect(out).toContain('@Lotte Leider');
  });

  it('asks for a topic when none is given', async () => {
    expect(text(await ask(r.asker.id, 'wie'))).toContain('Typ `wie [onderwerp of partner]`');
  });
});
