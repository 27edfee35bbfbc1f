// A delivery may carry secrets (a magic-link token) that must not outlive the
// send: the stored payload is replaced by this copy once it was sent or given up.
import type { OutboxDelivery } from '../core/outbound.ts';

export const SCRUBBED = '[verlopen]';

/** The delivery without its secrets, or null when it has none. */
export function scrubSecrets(delivery: OutboxDelivery): OutboxDelivery | null {
  if (delivery.type !== 'post' || !delivery.secrets?.length) return null;
  const { secrets, ...rest } = delivery;
  let json = JSON.stringify(rest);
  for (const secret of secrets) json = json.split(JSON.stringify(secret).slice(1, -1)).join(SCRUBBED);
  return JSON.parse(json) as OutboxDelivery;
}
