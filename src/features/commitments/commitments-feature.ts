// Commitments that close: the owner marks a "ga doen" item done, dropped or
// moved to next week from the check-in DM, the home view or after logging a contact.
import type { Feature } from '../../bot/feature.ts';
import { closeCommitment, moveCommitment } from './close-commitment.ts';
import { COMMITMENT_ACTIONS } from './commitment-buttons.ts';
import type { CommitmentPorts } from './commitment-ports.ts';

export function createCommitmentsFeature(ports: CommitmentPorts): Feature {
  return {
    name: 'commitments',
    actions: {
      [COMMITMENT_ACTIONS.done]: (turn) => closeCommitment(turn, ports, 'done'),
      [COMMITMENT_ACTIONS.dropped]: (turn) => closeCommitment(turn, ports, 'dropped'),
      [COMMITMENT_ACTIONS.moved]: (turn) => moveCommitment(turn, ports),
    },
  };
}
