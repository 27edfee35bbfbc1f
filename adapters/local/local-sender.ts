// The playground's PlatformSender: the outbox worker hands it the bot's durable
// messages and it places them in the in-memory channels, threads and DMs.
import type { Clock } from '../../src/core/clock.ts';
import { PermanentDeliveryError, type PlatformSender } from '../../src/core/platform-sender.ts';
import type { PlaygroundState } from './playground-state.ts';

export function createLocalSender(state: PlaygroundState, ensureReady: () => Promise<void>, clock: Clock): PlatformSender {
  return {
    platform: 'local',
    async deliver(delivery, context) {
      await ensureReady();
      const updateRef = delivery.type === 'update' ? await context.deliveredRefOf(delivery.ofKey) : undefined;
      const ref = state.deliver(delivery, clock.now(), undefined, updateRef);
      if (ref === null) {
        // Retrying cannot bring back a message the playground never showed.
        throw new PermanentDeliveryError(`bericht om bij te werken (${delivery.type === 'update' ? delivery.ofKey : '?'}) staat niet in de speeltuin`);
      }
      return { ref };
    },
  };
}
