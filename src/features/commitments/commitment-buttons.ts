// The three ways to close a "ga doen" item, as buttons carrying its id. Used in
// the check-in DM, the home view and after a logged contact.
import type { Button } from '../../core/message.ts';

type Say = (key: string, values?: Record<string, string | number>) => string;

export const COMMITMENT_ACTIONS = { done: 'commitment.done', dropped: 'commitment.dropped', moved: 'commitment.moved' } as const;

export function commitmentButtons(say: Say, commitmentId: string): Button[] {
  return [
    { type: 'button', actionId: COMMITMENT_ACTIONS.done, label: say('commitment.button_done'), value: commitmentId, style: 'primary' },
    { type: 'button', actionId: COMMITMENT_ACTIONS.moved, label: say('commitment.button_moved'), value: commitmentId },
    { type: 'button', actionId: COMMITMENT_ACTIONS.dropped, label: say('commitment.button_dropped'), value: commitmentId },
  ];
}
