// The core's immediate Replies, said in Teams. Teams has no ephemeral messages:
// they go to the person's 1:1 chat (the same chat when the person wrote there).
// Forms are cards with inputs; after a card action the invoke response refreshes
// the card (update_source, form errors) or replaces a sent form.
import type { Form } from '../../src/core/form.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { renderPlainText } from '../../src/core/plain-text.ts';
import { refillForm } from '../../src/core/refill-form.ts';
import { CARD_CONTENT_TYPE, renderFormCard, renderMessageActivity, renderMessageCard, renderSubmittedCard, type CardJson } from './render.ts';
import type { Inbound } from '../../src/core/inbound.ts';

export interface ReplyChannel {
  /** Sends an activity where the person can see it privately (their 1:1 chat). */
  sendPrivately(activity: Record<string, unknown>): Promise<void>;
  /** Replaces the card the person acted on (Action.Submit has no invoke response). */
  updateSource?(activity: Record<string, unknown>): Promise<void>;
  /** Whether a card refresh can go back in the HTTP response (adaptiveCard/action invoke). */
  isInvoke: boolean;
}

export type InvokeBody = { statusCode: number; type: string; value: unknown };

/** Open forms per person, to re-render them with errors (context travels in the card). */
export function createFormMemory(limit = 5_000) {
  const forms = new Map<string, Form>();
  return {
    remember(userId: string, form: Form): void {
      if (forms.size >= limit) forms.delete(forms.keys().next().value!);
      forms.set(`${userId}|${form.formId}`, form);
    },
    recall(userId: string, formId: string): Form | undefined {
      return forms.get(`${userId}|${formId}`);
    },
  };
}
export type FormMemory = ReturnType<typeof createFormMemory>;

const cardBody = (card: CardJson): InvokeBody => ({ statusCode: 200, type: CARD_CONTENT_TYPE, value: card });
const cardActivity = (card: CardJson) => ({ type: 'message', attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }] });

export async function answerInTeams(inbound: Inbound, replies: Reply[], channel: ReplyChannel, forms: FormMemory): Promise<InvokeBody | undefined> {
  const userId = inbound.envelope.person.platformUserId;
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
        forms.remember(userId, reply.form);
        await channel.sendPrivately({ ...cardActivity(renderFormCard(reply.form)), summary: reply.form.title });
        break;
      case 'form_errors': {
        const form = inbound.type === 'form_submitted' ? forms.recall(userId, inbound.formId) : undefined;
        const text = Object.values(reply.errors).join('\n');
        if (form && channel.isInvoke && inbound.type === 'form_submitted') refreshed = renderFormCard({ ...refillForm(form, inbound.values), context: inbound.context }, reply.errors);
        else await channel.sendPrivately({ type: 'message', text });
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
  if (inbound.type === 'form_submitted') {
    const form = forms.recall(userId, inbound.formId);
    return cardBody(renderSubmittedCard({ title: form?.title ?? '✓' }, note ?? '✓'));
  }
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: note ?? '✓' };
}
