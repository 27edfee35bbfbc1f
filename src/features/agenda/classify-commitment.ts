// Whether last week's "ga doen" happened: marked done, or a contact by that
// person with that partner since it was made. Dropped ones are no longer news; a
// moved one was not done that week (its carried copy counts in its own round).
import type { AgendaCommitment } from './agenda-ports.ts';

export type CommitmentVerdict = 'done' | 'open' | 'dropped';

export function classifyCommitment(commitment: Pick<AgendaCommitment, 'state' | 'contactedSince'>): CommitmentVerdict {
  if (commitment.state === 'moved') return 'open';
  if (commitment.state === 'done' || commitment.contactedSince) return 'done';
  return commitment.state === 'dropped' ? 'dropped' : 'open';
}
