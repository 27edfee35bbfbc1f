// The core's immediate Replies → Slack calls, given where the Inbound came from:
// ephemeral notes via response_url (respond) or chat.postEphemeral, forms via
// views.open with the trigger, updates of the clicked message, the App Home via
// views.publish. Form errors belong to view_submission and are handled there.
import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Reply } from '../../src/core/outbound.ts';
import { renderMessage } from './render.ts';
import { renderHome, renderModal } from './render-modal.ts';
import { describeError } from './slack-people.ts';
import type { SlackLog } from './slack-log.ts';

export interface ReplyOrigin {
  userId: string;
  /** Channel the Inbound happened in; a D… id is the bot's DM with the person. */
  channel?: string | undefined;
  threadTs?: string | undefined;
  /** The clicked bot message (for update_source without response_url). */
  messageTs?: string | undefined;
  trigger?: string | undefined;
  respond?: RespondFn | undefined;
}

export async function deliverReplies(client: WebClient, log: SlackLog, replies: Reply[], origin: ReplyOrigin): Promise<void> {
  for (const reply of replies) {
    try {
      await deliverReply(client, log, reply, origin);
    } catch (err) {
      log.warn({ err: describeError(err), reply: reply.type }, 'antwoord naar Slack mislukt');
    }
  }
}

async function deliverReply(client: WebClient, log: SlackLog, reply: Reply, origin: ReplyOrigin): Promise<void> {
  switch (reply.type) {
    case 'ephemeral': {
      const body = renderMessage(reply.message);
      if (origin.respond) {
        await origin.respond({ response_type: 'ephemeral', replace_original: false, ...body });
      } else if (origin.channel && !origin.channel.startsWith('D')) {
        await client.chat.postEphemeral({ channel: origin.channel, user: origin.userId, ...body, ...(origin.threadTs ? { thread_ts: origin.threadTs } : {}) });
      } else {
        // In the bot's DM (or with no channel at all, e.g. after a modal) a normal message is the answer.
        await client.chat.postMessage({ channel: origin.channel ?? origin.userId, ...body });
      }
      return;
    }
    case 'open_form':
      if (!origin.trigger) {
        log.warn({ formId: reply.form.formId }, 'formulier kan niet open zonder trigger_id; genegeerd');
        return;
      }
      await client.views.open({ trigger_id: origin.trigger, view: renderModal(reply.form) as never });
      return;
    case 'update_source': {
      const body = renderMessage(reply.message);
      if (origin.respond) await origin.respond({ replace_original: true, ...body });
      else if (origin.channel && origin.messageTs) await client.chat.update({ channel: origin.channel, ts: origin.messageTs, ...body });
      return;
    }
    case 'home':
      await client.views.publish({ user_id: origin.userId, view: renderHome(reply.message) as never });
      return;
    case 'form_errors':
      // Only a view_submission can show these; reaching here means the modal was already closed.
      await client.chat.postMessage({ channel: origin.userId, text: Object.values(reply.errors).join('\n') });
      return;
  }
}
