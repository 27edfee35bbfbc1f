// Neutral Message / Form → Adaptive Card 1.5 (Teams), built with @microsoft/teams.cards.
// Buttons are universal actions (Action.Execute, verb = actionId), so an answer
// can refresh the card in place. Forms are dialogs (task modules): the dialog's
// card has the inputs and an Action.Submit; a dialog only opens from a task/fetch,
// so a form the core opens elsewhere (a command, an Action.Execute) arrives as a
// small card whose button fetches the dialog (teams-dialogs.ts).
import {
  ActionSet, AdaptiveCard, ChoiceSetInput, Choice, DateInput, ExecuteAction, Fact, FactSet, Image, SubmitAction, TextBlock, TextInput,
} from '@microsoft/teams.cards';
import type { Form, FormErrors } from '../../src/core/form.ts';
import type { Block, Message } from '../../src/core/message.ts';
import { replaceMentions } from '../../src/core/mention.ts';
import { renderPlainText, statusMark } from '../../src/core/plain-text.ts';
import { DIALOG_KEY, selectInputId } from './card-data.ts';

type Element = ConstructorParameters<typeof AdaptiveCard>[number];
export type CardJson = Record<string, unknown>;

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Our markdown subset → Adaptive Card markdown: *bold* → **bold**, <url|label> → [label](url). */
export function toCardMarkdown(text: string): string {
  // A person mention becomes a link that opens a 1:1 chat with them (Teams deep link).
  return replaceMentions(text, (id, name) => `[${name}](https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(id)})`).replace(/<([^|>]+)\|([^>]+)>/g, '[$2]($1)').replace(/(^|[^*])\*([^*\n]+)\*(?!\*)/g, '$1**$2**');
}

function blockElements(block: Block): Element[] {
  switch (block.type) {
    case 'header':
      return [new TextBlock(block.text, { weight: 'Bolder', size: 'Large', wrap: true })];
    case 'section': {
      const text = new TextBlock(toCardMarkdown(block.text), { wrap: true });
      return block.accessory ? [text, new ActionSet(executeOf(block.accessory))] : [text];
    }
    case 'fields':
      return [new FactSet(...block.fields.map((f) => new Fact(f.label, toCardMarkdown(f.value))))];
    case 'context':
      return [new TextBlock(toCardMarkdown(block.text), { size: 'Small', isSubtle: true, wrap: true })];
    case 'list':
      return block.items.map((i) => new TextBlock(`${i.status ? statusMark(i.status) : '•'} ${toCardMarkdown(i.text)}`, { wrap: true, spacing: 'Small' }));
    case 'actions':
      return actionsElements(block.elements);
    case 'image':
      return [new Image(block.url, { altText: block.alt })];
    case 'divider':
      return [new TextBlock(' ', { separator: true, spacing: 'Medium' })];
  }
}

function executeOf(button: { actionId: string; label: string; value: string; style?: 'primary' | 'danger' | undefined }): ExecuteAction {
  const style = button.style === 'primary' ? 'positive' : button.style === 'danger' ? 'destructive' : undefined;
  return new ExecuteAction({ title: button.label, verb: button.actionId, data: { value: button.value }, ...(style ? { style } : {}) });
}

function actionsElements(elements: Extract<Block, { type: 'actions' }>['elements']): Element[] {
  const out: Element[] = [];
  const buttons: ExecuteAction[] = [];
  for (const e of elements) {
    if (e.type === 'button') {
      buttons.push(executeOf(e));
      continue;
    }
    // A select needs its own apply button: Adaptive Cards have no "on change".
    const choices = e.options.map((o) => new Choice({ title: o.label, value: o.value }));
    out.push(new ChoiceSetInput(...choices).withId(selectInputId(e.actionId)).withPlaceholder(e.placeholder).withIsMultiSelect(e.multi).withStyle('compact'));
    out.push(new ActionSet(new ExecuteAction({ title: '✓', verb: e.actionId, data: { value: '' } })));
  }
  if (buttons.length > 0) out.push(new ActionSet(...buttons));
  return out;
}

function cardOf(elements: Element[]): CardJson {
  const card = new AdaptiveCard(...elements).withVersion('1.5');
  return { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', ...(JSON.parse(JSON.stringify(card)) as CardJson) };
}

export function renderMessageCard(message: Message): CardJson {
  const blocks = message.blocks.length > 0 ? message.blocks : [{ type: 'section' as const, text: message.text }];
  return cardOf(blocks.flatMap(blockElements));
}

/** A Bot Framework message activity: the card plus a plain-text summary for notifications. */
export function renderMessageActivity(message: Message): Record<string, unknown> {
  if (message.blocks.length === 0) return { type: 'message', text: toCardMarkdown(message.text), textFormat: 'markdown' };
  return {
    type: 'message',
    summary: message.text,
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: renderMessageCard(message) }],
    channelData: { notification: { alert: true } },
    // Screen readers and clients without cards get the plain text.
    speak: renderPlainText(message),
  };
}

/** The card inside a form's dialog: inputs with their errors beside them, one Action.Submit carrying the dialog id. */
export function renderDialogCard(form: Form, dialogId: string, errors: FormErrors = {}): CardJson {
  const elements: Element[] = [];
  // An error the core could not tie to one of the inputs is shown above them.
  const known = new Set(form.inputs.map((i) => i.id));
  for (const [id, error] of Object.entries(errors)) {
    if (!known.has(id)) elements.push(new TextBlock(`⚠️ ${error}`, { color: 'Attention', wrap: true }));
  }
  for (const input of form.inputs) {
    elements.push(inputElement(input, errors[input.id]));
    if (input.hint) elements.push(new TextBlock(input.hint, { size: 'Small', isSubtle: true, wrap: true, spacing: 'None' }));
    const error = errors[input.id];
    if (error) elements.push(new TextBlock(`⚠️ ${error}`, { color: 'Attention', size: 'Small', wrap: true, spacing: 'None' }));
  }
  elements.push(new ActionSet(new SubmitAction({ title: form.submitLabel, data: { [DIALOG_KEY]: dialogId }, style: 'positive' })));
  return cardOf(elements);
}

/** From this many choices on a choice set is searchable (Input.ChoiceSet style 'filtered'). */
const FILTER_FROM = 10;

/** A message with one button that opens the form's dialog (Action.Submit with msteams task/fetch). */
export function renderDialogOpener(form: Pick<Form, 'title'>, dialogId: string): Record<string, unknown> {
  const card = cardOf([
    new TextBlock(form.title, { weight: 'Bolder', wrap: true }),
    new ActionSet(new SubmitAction({ title: `📝 ${form.title}`, data: { msteams: { type: 'task/fetch' }, [DIALOG_KEY]: dialogId }, style: 'positive' })),
  ]);
  return { type: 'message', summary: form.title, attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }] };
}

function inputElement(input: Form['inputs'][number], error: string | undefined): Element {
  const common = { id: input.id, label: input.label, isRequired: input.required, ...(error ? { errorMessage: error } : {}) };
  const initial = Array.isArray(input.initial) ? input.initial.join(',') : input.initial;
  switch (input.type) {
    case 'text':
    case 'textarea':
      return new TextInput({
        ...common,
        isMultiline: input.type === 'textarea',
        ...(input.placeholder ? { placeholder: input.placeholder } : {}),
        ...(input.maxLength ? { maxLength: input.maxLength } : {}),
        ...(initial ? { value: initial } : {}),
      });
    case 'date':
      return new DateInput({ ...common, ...(initial ? { value: initial } : {}) });
    case 'select':
    case 'multiselect':
    case 'channel':
      // A channel is chosen from the channels the core knows; long lists get Teams' type-to-filter.
      return new ChoiceSetInput(...(input.options ?? []).map((o) => new Choice({ title: o.label, value: o.value }))).withOptions({
        ...common,
        isMultiSelect: input.type === 'multiselect',
        style: (input.options?.length ?? 0) > FILTER_FROM ? 'filtered' : 'compact',
        ...(input.placeholder ? { placeholder: input.placeholder } : {}),
        ...(initial ? { value: initial } : {}),
      });
  }
}
