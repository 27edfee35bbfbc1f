// Forms as Teams dialogs (task modules). A form is saved in the database when it is
// sent (SentForms) and only its id travels in the cards, so the dialog survives a
// restart between opening and submitting it. Answers follow Teams' documented shapes:
// `task: { type: 'continue', value: TaskInfo }` shows (again) a dialog,
// `task: { type: 'message', value }` a short note, and an empty 200 closes it.
import { z } from 'zod';
import type { Form, FormErrors } from '../../src/core/form.ts';
import { refillForm } from '../../src/core/refill-form.ts';
import { DIALOG_KEY } from './card-data.ts';
import { CARD_CONTENT_TYPE, renderDialogCard } from './render.ts';

/** Where sent forms are kept (src/store/sent-form-store.ts, handed in by main). */
export interface SentForms {
  save(platformUserId: string, form: Form): Promise<string>;
  find(platformUserId: string, id: string): Promise<Form | null>;
  remove(id: string): Promise<void>;
}

/** The message extension's action command (the manifest's composeExtensions command id). */
export { SHARE_AS_SUCCESS_COMMAND } from './message-actions.ts';

/** The invokes a dialog answers; every other invoke goes the card-action way. */
export const DIALOG_INVOKES = new Set(['task/fetch', 'task/submit', 'composeExtension/fetchTask', 'composeExtension/submitAction']);

/** Prompt keys of the notes a dialog answers by itself (prompts/{nl,en}/teams-dialog.json). */
export const DIALOG_GONE = 'teams-dialog.gone';
export const UNKNOWN_ACTION = 'teams-dialog.unknown_action';

export type InvokeResult = { status: number; body?: unknown };

/** `value.data` of a task/fetch, task/submit or submitAction: the action's data merged with the inputs. */
const ZDialogValue = z.object({ data: z.record(z.string(), z.unknown()).default({}) }).loose();

export function dialogIdOf(value: unknown): string | null {
  const parsed = ZDialogValue.safeParse(value ?? {});
  const id = parsed.success ? parsed.data.data[DIALOG_KEY] : undefined;
  return typeof id === 'string' && id.length <= 100 ? id : null;
}

/** The values of the form's own inputs in a submit; anything else in the data is ignored. */
export function submittedValues(form: Form, value: unknown): Record<string, string | string[]> {
  const parsed = ZDialogValue.safeParse(value ?? {});
  const data = parsed.success ? parsed.data.data : {};
  const values: Record<string, string | string[]> = {};
  for (const input of form.inputs) {
    const raw = data[input.id];
    if (typeof raw !== 'string') continue;
    // Teams sends a multi-select ChoiceSet as one comma-separated string.
    values[input.id] = input.type === 'multiselect' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : raw;
  }
  return values;
}

export function showDialog(form: Form, dialogId: string, errors: FormErrors = {}, values?: Record<string, string | string[]>): InvokeResult {
  const shown = values ? refillForm(form, values) : form;
  return {
    status: 200,
    body: { task: { type: 'continue', value: { title: form.title, width: 'medium', height: 'medium', card: { contentType: CARD_CONTENT_TYPE, content: renderDialogCard(shown, dialogId, errors) } } } },
  };
}

export function dialogNote(text: string): InvokeResult {
  return { status: 200, body: { task: { type: 'message', value: text.slice(0, 1000) } } };
}

export const closeDialog = (): InvokeResult => ({ status: 200 });

/** The text of the message a message-extension action was started on (HTML in Teams). */
export function messageTextOf(value: unknown): string {
  const parsed = z.object({ messagePayload: z.object({ body: z.object({ content: z.string().max(100_000).optional() }).loose().optional() }).loose().optional() }).loose().safeParse(value);
  const html = (parsed.success ? parsed.data.messagePayload?.body?.content : undefined) ?? '';
  const text = html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<at>[^<]*<\/at>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.slice(0, 2000);
}

/** The command id and the message (its id) of a composeExtension/fetchTask or submitAction. */
export function messageActionOf(value: unknown): { commandId: string; messageId?: string } | null {
  const parsed = z.object({ commandId: z.string().min(1).max(100), messagePayload: z.object({ id: z.string().min(1).max(200).optional() }).loose().optional() }).loose().safeParse(value);
  if (!parsed.success) return null;
  const messageId = parsed.data.messagePayload?.id;
  return { commandId: parsed.data.commandId, ...(messageId ? { messageId } : {}) };
}
