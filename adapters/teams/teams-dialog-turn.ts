// One dialog invoke, start to end: task/fetch opens a saved form, task/submit and
// composeExtension/submitAction hand its values to the core and show errors in the
// dialog (values kept) or close it, composeExtension/fetchTask ("Deel als succes" on
// a message) asks the core for the success form, pre-filled with the message.
import { pickLanguage, type Translate } from '../../src/core/i18n/translator.ts';
import type { Envelope } from '../../src/core/identity.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { renderPlainText } from '../../src/core/plain-text.ts';
import { deliveryIdOf, type TeamsActivity } from './teams-activity.ts';
import { messageRefOf } from './teams-refs.ts';
import {
  closeDialog, DIALOG_GONE, UNKNOWN_ACTION, dialogIdOf, dialogNote, messageActionOf, messageTextOf, SHARE_AS_SUCCESS_COMMAND, showDialog, submittedValues,
  type InvokeResult, type SentForms,
} from './teams-dialogs.ts';

export interface DialogTurnDeps {
  forms: SentForms;
  handle(inbound: Inbound): Promise<Reply[]>;
  /** Says the other replies (notes, a celebration confirmation) the usual way: in the person's 1:1 chat. */
  answer(replies: Reply[]): Promise<void>;
  /** For the notes the adapter answers before the core is asked (the dialog is gone, an unknown action). */
  t: Translate;
}

export async function runDialogInvoke(a: TeamsActivity, envelope: Envelope, d: DialogTurnDeps): Promise<InvokeResult> {
  const userId = envelope.person.platformUserId;
  const deliveryId = deliveryIdOf(a);
  // The person's language is the core's business; before the core is reached, Teams' client locale decides.
  const note = (key: string) => dialogNote(d.t(pickLanguage(a.locale), key));
  const ask = (inbound: Inbound) => d.handle(deliveryId ? { ...inbound, envelope: { ...inbound.envelope, deliveryId } } : inbound);

  if (a.name === 'task/fetch') {
    const id = dialogIdOf(a.value);
    const form = id ? await d.forms.find(userId, id) : null;
    return form && id ? showDialog(form, id) : note(DIALOG_GONE);
  }

  if (a.name === 'composeExtension/fetchTask') {
    const action = messageActionOf(a.value);
    if (action?.commandId !== SHARE_AS_SUCCESS_COMMAND) return note(UNKNOWN_ACTION);
    const messageRef = action.messageId ? messageRefOf(a.conversation.id, action.messageId) : undefined;
    const replies = await ask({ type: 'action', envelope, actionId: 'success.open', value: messageTextOf(a.value), ...(messageRef ? { messageRef } : {}) });
    const open = replies.find((r) => r.type === 'open_form');
    if (open) return showDialog(open.form, await d.forms.save(userId, open.form));
    // No form (not linked, a refusal): the note is the dialog's answer.
    const said = replies.flatMap((r) => (r.type === 'ephemeral' ? [renderPlainText(r.message)] : [])).join('\n');
    return said ? dialogNote(said) : note(DIALOG_GONE);
  }

  // task/submit and composeExtension/submitAction: the saved form says what was asked.
  const id = dialogIdOf(a.value);
  const form = id ? await d.forms.find(userId, id) : null;
  if (!form || !id) return note(DIALOG_GONE);
  const values = submittedValues(form, a.value);
  const replies = await ask({ type: 'form_submitted', envelope, formId: form.formId, context: form.context, values });
  const errors = replies.find((r) => r.type === 'form_errors');
  if (errors) return showDialog(form, id, errors.errors, values);
  await d.forms.remove(id);
  const next = replies.find((r) => r.type === 'open_form');
  await d.answer(replies.filter((r) => r !== next));
  return next ? showDialog(next.form, await d.forms.save(userId, next.form)) : closeDialog();
}
