// Per-message parts of an answer survive the round trip through done/planned,
// including parts with only one half, so an edit replaces exactly its own part.
import { describe, expect, it } from 'vitest';
import { applyAnswerPart, countItems, decodeParts } from '../../src/domain/answer-parts.ts';
import type { CheckInAnswer } from '../../src/features/checkin/checkin-ports.ts';

const partnersOf = (item: string) => (item.includes('Baken') ? ['baken'] : item.includes('Kaap') ? ['kaap'] : []);

function save(current: CheckInAnswer | null, messageRef: string, done: string[], planned: string[], chosen: string[] = []): CheckInAnswer {
  const u = applyAnswerPart(current, { messageRef, part: { done, planned }, partnersOf, chosenPartnerIds: chosen });
  return { id: 'a', roundId: 'r', staffId: 's', createdAt: new Date(0), ...current, ...u };
}

describe('answer parts', () => {
  it('keeps empty halves aligned with their message', () => {
    let a = save(null, 'm1', [], ['Bellen met De Kaap']);
    a = save(a, 'm2', ['Gesproken met Het Baken'], []);
    a = save(a, 'm3', [], []);
    expect(decodeParts(a)).toEqual({
      refs: ['m1', 'm2', 'm3'],
      parts: [{ done: [], planned: ['Bellen met De Kaap'] }, { done: ['Gesproken met Het Baken'], planned: [] }, { done: [], planned: [] }],
    });
    expect(countItems(a)).toEqual({ done: 1, planned: 1 });
  });

  it('replaces an edited part, drops its old commitments and its partners, keeps chosen ones', () => {
    let a = save(null, 'm1', ['Gesproken met Het Baken'], ['Bellen met De Kaap']);
    a = save(a, 'form:1', ['Overleg'], [], ['gekozen']);
    const u = applyAnswerPart(a, { messageRef: 'm1', part: { done: ['Niets bijzonders'], planned: [] }, partnersOf });
    expect(u).toMatchObject({ editCount: 1, messageRefs: ['m1', 'form:1'], dropCommitmentTexts: ['Bellen met De Kaap'], addCommitments: [] });
    expect(u.partnerIds).toEqual(['gekozen']);
    expect(u.done).toBe('Niets bijzonders\n\nOverleg');
  });

  it('links a commitment to the one partner it names, or to the single chosen partner', () => {
    const u = applyAnswerPart(null, { messageRef: 'form:1', part: { done: [], planned: ['Bellen met De Kaap', 'Evaluatie plannen'] }, partnersOf, chosenPartnerIds: ['baken'] });
    expect(u.addCommitments).toEqual([{ text: 'Bellen met De Kaap', partnerId: 'kaap' }, { text: 'Evaluatie plannen', partnerId: 'baken' }]);
  });

  it('reads an answer written elsewhere (demo, import) as one earlier part', () => {
    const legacy = { done: 'Gebeld\nGemaild', planned: 'Langsgaan', messageRefs: [] };
    expect(decodeParts(legacy)).toEqual({ refs: ['earlier'], parts: [{ done: ['Gebeld', 'Gemaild'], planned: ['Langsgaan'] }] });
  });
});
