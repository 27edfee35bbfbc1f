// Successes: the "succes" command and form, promoting a check-in answer,
// reactions on celebration posts, and the monthly digest for management.
// Takes the bot deps as well, because its scheduled job runs outside any turn.
import type { BotDeps, Feature } from '../../bot/feature.ts';
import { countReaction } from './count-reaction.ts';
import { openSuccessForm } from './open-success-form.ts';
import { shareFromAnswer, shareFromMessage } from './share-from-answer.ts';
import { buildDigestJob } from './success-digest.ts';
import type { SuccessPorts } from './success-ports.ts';
import { submitSuccess } from './submit-success.ts';

export function createSuccessFeature(ports: SuccessPorts, deps: BotDeps): Feature {
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
    teamJobs: (team) => [buildDigestJob(team, ports, deps)],
  };
}
