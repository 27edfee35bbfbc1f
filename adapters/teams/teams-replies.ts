// The core's immediate Replies, said in Teams. Teams has no ephemeral messages:
// they go to the person's 1:1 chat (the same chat when the person wrote there).
// A form is saved and sent as a card whose button opens it as a dialog; after a
// card action the invoke response refreshes the card (update_source).
import type { Form } from '../../src/core/form.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { renderPlainText } from '../../src/core/plain-text.ts';
import { CARD_CONTENT_TYPE, renderMessageActivity, renderMessageCard, type CardJson } from './render.ts';

export interface ReplyChannel {
  /** Sends an activity where the person can see it privately (their 1:1 chat). */
  sendPrivately(activity: Record<string, unknown>): Promise<void>;
  /** Saves the form and sends the card that opens it as a dialog. */
  sendForm(form: Form): Promise<void>;
  /** Replaces the card the person acted on (Action.Submit has no invoke response). */
  updateSource?(activity: Record<string, unknown>): Promise<void>;
  /** Whether a card refresh can go back in the HTTP response (adaptiveCard/action invoke). */
  isInvoke: boolean;
}

export type InvokeBody = { statusCode: number; type: string; value: unknown };

const cardBody = (card: CardJson): InvokeBody => ({ statusCode: 200, type: CARD_CONTENT_TYPE, value: card });

export async function answerInTeams(replies: Reply[], channel: ReplyChannel): Promise<InvokeBody | undefined> {
  let refreshed: CardJson | undefined;
  let note: string | undefined;
  for (const reply of replies) {
    switch (reply.type) {
      case 'ephemeral':
      case 'home':
        note ??= renderPlainText(reply.message);
        await channel.sendPrivately(renderMessageActivity(reply.message));
        break;
      case 'open_form':
        await channel.sendForm(reply.form);
        break;
      case 'form_errors': {
        // Only a dialog shows errors beside its fields (teams-dialog-turn.ts); an old inline form gets them as text.
        const text = Object.values(reply.errors).join('\n');
        await channel.sendPrivately({ type: 'message', text });
        note ??= text;
        break;
      }
      case 'update_source':
        refreshed = renderMessageCard(reply.message);
        if (!channel.isInvoke) await channel.updateSource?.(renderMessageActivity(reply.message));
        break;
    }
  }
  if (!channel.isInvoke) return undefined;
  if (refreshed) return cardBody(refreshed);
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: note ?? '✓' };
}
