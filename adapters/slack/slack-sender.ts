// The outbox's PlatformSender for Slack: DMs (conversations.open + chat.postMessage),
// channel posts, thread replies and updates (chat.update). The WebClient does not
// retry; a 429 becomes RateLimitedError so the outbox alone owns retries.
import type { WebClient } from '@slack/web-api';
import { PermanentDeliveryError, RateLimitedError, type PlatformSender } from '../../src/core/platform-sender.ts';
import { renderMessage } from './render.ts';
import { describeError } from './slack-people.ts';

/** Errors that no retry can fix: dead-letter at once. */
const PERMANENT = new Set([
  'not_in_channel', 'channel_not_found', 'user_not_found', 'account_inactive', 'is_archived', 'invalid_auth',
  'not_authed', 'token_revoked', 'cant_update_message', 'message_not_found', 'invalid_blocks', 'msg_too_long', 'user_disabled',
]);

/** `<channel>:<ts>` → parts; a ref without channel is taken as a bare ts. */
export function splitRef(ref: string): { channel: string | null; ts: string } {
  const at = ref.indexOf(':');
  return at < 0 ? { channel: null, ts: ref } : { channel: ref.slice(0, at), ts: ref.slice(at + 1) };
}

export function createSlackSender(client: WebClient): PlatformSender {
  const dmChannels = new Map<string, string>();

  async function dmChannelOf(userId: string): Promise<string> {
    const known = dmChannels.get(userId);
    if (known) return known;
    const res = await client.conversations.open({ users: userId });
    const channel = res.channel?.id;
    if (!channel) throw new Error('conversations.open gaf geen kanaal terug');
    dmChannels.set(userId, channel);
    return channel;
  }

  return {
    platform: 'slack',
    async deliver(delivery, context) {
      const body = renderMessage(delivery.message);
      try {
        if (delivery.type === 'update') {
          const ref = await context.deliveredRefOf(delivery.ofKey);
          const { channel, ts } = splitRef(ref ?? '');
          if (!ref || !channel) throw new PermanentDeliveryError(`het bericht om bij te werken (${delivery.ofKey}) is nooit in Slack geplaatst`);
          await client.chat.update({ channel, ts, ...body });
          return { ref };
        }
        const to = delivery.to;
        let channel: string;
        let threadTs: string | undefined;
        if (to.kind === 'person') {
          const identity = await context.identityOf(to.staffId, 'slack');
          if (!identity) throw new PermanentDeliveryError(`medewerker ${to.staffId} is niet gekoppeld aan Slack; koppel het account (e-mailadres gelijk maken) en verstuur opnieuw`);
          channel = await dmChannelOf(identity.platformUserId);
        } else if (to.kind === 'channel') {
          channel = to.channelRef;
        } else {
          channel = to.channelRef;
          threadTs = splitRef(to.threadRef).ts;
        }
        const res = await client.chat.postMessage({ channel, ...body, ...(threadTs ? { thread_ts: threadTs } : {}), unfurl_links: false });
        return { ref: `${res.channel ?? channel}:${res.ts}` };
      } catch (err) {
        throw classify(err);
      }
    },
  };
}

function classify(err: unknown): unknown {
  if (err instanceof PermanentDeliveryError || err instanceof RateLimitedError) return err;
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e?.code === 'slack_webapi_rate_limited_error') return new RateLimitedError(Math.max(1, e.retryAfter ?? 1) * 1000);
  if (e?.code === 'slack_webapi_platform_error' && e.data?.error && PERMANENT.has(e.data.error)) {
    return new PermanentDeliveryError(`Slack weigert het bericht: ${e.data.error}`);
  }
  return new Error(`Slack-aflevering mislukt: ${describeError(err)}`);
}
