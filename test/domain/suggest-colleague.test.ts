import { describe, expect, it } from 'vitest';
import { suggestColleague, type Colleague } from '../../src/domain/suggest-colleague.ts';

const person = (id: string, teamIds: string[], partnerCount: number, awayUntil: string | null = null): Colleague => ({ id, name: id, teamIds, partnerCount, awayUntil });
const TODAY = '2026-11-24';

describe('suggestColleague', () => {
  const from = { staffId: 'sanne', teamIds: ['transfer'] };
  it.each([
    ['the same-team colleague with the fewest partners', [person('anna', ['transfer'], 5), person('bram', ['transfer'], 2)], 'bram'],
    ['never the person who disowned it', [person('sanne', ['transfer'], 0), person('anna', ['transfer'], 5)], 'anna'],
    ['not someone from another team, however free', [person('gert', ['geriatrie'], 0), person('anna', ['transfer'], 9)], 'anna'],
    ['not someone away today', [person('anna', ['transfer'], 1, '2026-11-24'), person('bram', ['transfer'], 4)], 'bram'],
    ['back yesterday counts as present', [person('anna', ['transfer'], 1, '2026-11-23'), person('bram', ['transfer'], 4)], 'anna'],
    ['ties go by name', [person('bram', ['transfer'], 3), person('anna', ['transfer'], 3)], 'anna'],
    ['nobody fits: no suggestion', [person('gert', ['geriatrie'], 0)], null],
  ])('%s', (_name, candidates, expected) => {
    expect(suggestColleague(from, candidates, TODAY)?.id ?? null).toBe(expected);
  });
});
