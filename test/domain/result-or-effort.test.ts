// The result-or-effort rule on real-looking goals, both ways, with the word
// lists as they ship in prompts/nl and prompts/en.
import { describe, expect, it } from 'vitest';
import { judgeGoal, mergeGoalWords, parseGoalWords, type GoalText } from '../../src/domain/result-or-effort.ts';
import { loadPrompts } from '../../src/i18n/load-prompts.ts';

const catalogs = loadPrompts();
const listsOf = (lang: 'nl' | 'en') => parseGoalWords({
  effort: catalogs[lang]['goal-words.effort']!, frequency: catalogs[lang]['goal-words.frequency']!, measure: catalogs[lang]['goal-words.measure']!,
});
const words = mergeGoalWords(listsOf('nl'), listsOf('en'));

const cases: [GoalText, 'result' | 'effort' | 'unmeasured'][] = [
  // The two examples of the guidance.
  [{ what: '10% meer behoud van personeel' }, 'result'],
  [{ what: 'Driemaandelijks samenkomen om elkaar te inspireren en te informeren' }, 'effort'],
  // Efforts, however they are conjugated.
  [{ what: 'Regelmatig overleggen met de wijkverpleging' }, 'effort'],
  [{ what: 'Afstemmen over de ontslagroute' }, 'effort'],
  [{ what: 'Elk kwartaal bijpraten met de POH-GGZ' }, 'effort'],
  [{ what: 'Kennismaken met het nieuwe sociaal team' }, 'effort'],
  [{ what: 'Met Het Baken 4 keer per jaar samen te komen' }, 'effort'],
  [{ what: 'We worden maandelijks geïnformeerd over wachtlijsten' }, 'effort'],
  [{ what: 'Overleg 4x per jaar met de gemeente' }, 'effort'],
  [{ what: 'Meet the GP practice every quarter' }, 'effort'],
  [{ what: 'Catch up with the district nurses monthly' }, 'effort'],
  [{ what: 'Structureel overleg', measure: '', target: '' }, 'effort'],
  [{ what: 'Maandelijks afstemmen', target: 'elke maand' }, 'effort'],
  // Results: a number or a measure that is not a frequency.
  [{ what: 'Ontslag naar huis binnen 2 dagen na medisch ontslag' }, 'result'],
  [{ what: 'Heropnames binnen 30 dagen dalen van 12% naar 8%' }, 'result'],
  [{ what: 'Wachttijd voor een VVT-plek halveren' }, 'result'],
  [{ what: 'Door het overleg 20 cliënten per jaar eerder thuis' }, 'result'],
  [{ what: 'Alle ouderen met een valrisico krijgen thuis een valscan' }, 'result'],
  [{ what: 'Reduce readmissions by 15 percent' }, 'result'],
  [{ what: 'Overleggen over de ontslagroute', measure: 'aantal onnodige ligdagen', target: 'van 120 naar 60' }, 'result'],
  [{ what: 'Samen met de huisarts de instroom verbeteren', measure: 'verwijzingen met volledig overdrachtsdocument' }, 'result'],
  [{ what: 'Twee keer per jaar afstemmen; 2,5 dag kortere opname' }, 'result'],
  // Neither: a wish without a measure.
  [{ what: 'Betere samenwerking met de gemeente' }, 'unmeasured'],
  [{ what: 'Better hand-overs to home care' }, 'unmeasured'],
];

describe('judgeGoal', () => {
  it.each(cases)('%j → %s', (goal, kind) => {
    expect(judgeGoal(goal, words).kind).toBe(kind);
  });

  it('names the effort words it found (for the suggestion)', () => {
    const verdict = judgeGoal({ what: 'Driemaandelijks samenkomen om elkaar te inspireren en te informeren' }, words);
    expect(verdict).toEqual({ kind: 'effort', words: expect.arrayContaining(['samenkomen', 'inspireren', 'informeren']) });
  });

  it('a frequency is not a measure, in the goal or in the target field', () => {
    expect(judgeGoal({ what: 'Vier keer per jaar vergaderen' }, words).kind).toBe('effort');
    expect(judgeGoal({ what: 'Vergaderen', target: '4 keer per jaar' }, words).kind).toBe('effort');
    expect(judgeGoal({ what: 'Vergaderen', target: '4 minder heropnames per jaar' }, words).kind).toBe('result');
  });

  it('needs the word lists: without them nothing is an effort', () => {
    const none = { effort: [], frequency: [], measure: [] };
    expect(judgeGoal({ what: 'Driemaandelijks samenkomen' }, none).kind).toBe('unmeasured');
  });
});
