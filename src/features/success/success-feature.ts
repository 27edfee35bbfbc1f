// Successes: the "succes" command and form, promoting a check-in answer,
// and reactions on celebration posts. (The monthly digest for management is the
// digest feature's, src/features/digest.)
import type { Feature } from '../../bot/feature.ts';
import { countReaction } from './count-reaction.ts';
import { openSuccessForm } from './open-success-form.ts';
import { shareFromAnswer, shareFromMessage } from './share-from-answer.ts';
import type { SuccessPorts } from './success-ports.ts';
import { submitSuccess } from './submit-success.ts';

export function createSuccessFeature(ports: SuccessPorts): Feature {
  return {
    name: 'success',
    commands: {
      success: (turn) => openSuccessForm(turn, { teamId: turn.actor.teams[0]?.id ?? null }),
    },
    actions: {
      'success.from_answer': (turn) => shareFromAnswer(turn, ports),
      // With a messageRef (a shortcut on a message) an answer in the thread is pre-filled.
      'success.open': (turn) => shareFromMessage(turn, ports),
    },
    forms: {
      'success.share': (turn) => submitSuccess(turn, ports),
    },
    onReaction: (turn) => countReaction(turn, ports),
  };
}
