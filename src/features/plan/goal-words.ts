// The result-or-effort word lists as they ship in prompts/<lang>/goal-words.json,
// both languages at once: a Dutch team may write a goal in English and back.
import { judgeGoal, mergeGoalWords, parseGoalWords, type GoalText, type GoalVerdict, type GoalWords } from '../../domain/result-or-effort.ts';
import { LANGUAGES, type Translate } from '../../core/i18n/translator.ts';

const cache = new WeakMap<Translate, GoalWords>();

export function goalWordsOf(t: Translate): GoalWords {
  let words = cache.get(t);
  if (!words) {
    words = mergeGoalWords(...LANGUAGES.map((lang) => parseGoalWords({
      effort: t(lang, 'goal-words.effort'), frequency: t(lang, 'goal-words.frequency'), measure: t(lang, 'goal-words.measure'),
    })));
    cache.set(t, words);
  }
  return words;
}

export function judgeGoalWith(t: Translate, goal: GoalText): GoalVerdict {
  return judgeGoal(goal, goalWordsOf(t));
}
