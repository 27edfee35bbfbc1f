// Neutral Form → Slack modal view; the App Home view. Input block ids are the
// form's input ids, so view_submission values map straight back.
import type { Form, FormInput } from '../../src/core/form.ts';
import type { Message } from '../../src/core/message.ts';
import { clip, plain, renderMessage, VIEW_BLOCK_LIMIT, type SlackBlock } from './render.ts';

export function renderModal(form: Form, closeLabel = 'Annuleren'): SlackBlock {
  return {
    type: 'modal',
    callback_id: form.formId,
    private_metadata: form.context,
    title: plain(clip(form.title, 24)),
    submit: plain(clip(form.submitLabel, 24)),
    close: plain(closeLabel),
    blocks: form.inputs.map(renderInput),
  };
}

export function renderHome(message: Message): SlackBlock {
  return { type: 'home', blocks: renderMessage(message, VIEW_BLOCK_LIMIT).blocks };
}

function renderInput(input: FormInput): SlackBlock {
  return {
    type: 'input',
    block_id: input.id,
    optional: !input.required,
    label: plain(clip(input.label, 2000)),
    ...(input.hint ? { hint: plain(input.hint) } : {}),
    element: renderElement(input),
  };
}

const MAX_PER_GROUP = 100;
const MAX_GROUPS = 100;

/**
 * `options` (Slack allows 100), or `option_groups` when the options carry a group or
 * are more than 100: consecutive options of one group form a group, split per 100
 * ("Ziekenhuizen", "Ziekenhuizen (2)"). Slack's select filters them as one types.
 */
function optionList(input: FormInput): SlackBlock {
  const all = input.options ?? [];
  const toSlack = (o: { label: string; value: string }) => ({ text: plain(o.label), value: o.value });
  if (all.length <= MAX_PER_GROUP && !all.some((o) => o.group)) return { options: all.map(toSlack) };
  const groups: { key: string; label: string; options: { label: string; value: string }[] }[] = [];
  for (const o of all) {
    const key = o.group ?? '…';
    let last = groups.at(-1);
    if (!last || last.key !== key || last.options.length >= MAX_PER_GROUP) {
      const part = groups.filter((g) => g.key === key).length;
      last = { key, label: part === 0 ? key : `${key} (${part + 1})`, options: [] };
      groups.push(last);
    }
    last.options.push(o);
  }
  return { option_groups: groups.slice(0, MAX_GROUPS).map((g) => ({ label: plain(clip(g.label, 75)), options: g.options.map(toSlack) })) };
}

function renderElement(input: FormInput): SlackBlock {
  const base = { action_id: input.id, ...(input.placeholder ? { placeholder: plain(input.placeholder) } : {}) };
  const initial = input.initial;
  const first = Array.isArray(initial) ? initial[0] : initial;
  const options = (input.options ?? []).map((o) => ({ text: plain(o.label), value: o.value }));
  switch (input.type) {
    case 'date':
      return { type: 'datepicker', ...base, ...(first && /^\d{4}-\d{2}-\d{2}$/.test(first) ? { initial_date: first } : {}) };
    case 'select': {
      if (options.length === 0) break;
      const chosen = options.find((o) => o.value === first);
      return { type: 'static_select', ...base, ...optionList(input), ...(chosen ? { initial_option: chosen } : {}) };
    }
    case 'multiselect': {
      if (options.length === 0) break;
      const wanted = new Set([initial ?? []].flat());
      const chosen = options.filter((o) => wanted.has(o.value));
      return { type: 'multi_static_select', ...base, ...optionList(input), ...(chosen.length ? { initial_options: chosen } : {}) };
    }
    case 'channel':
      // Slack's own picker lists every conversation the person can see; the core's options are not needed.
      return {
        type: 'conversations_select', ...base, filter: { include: ['public', 'private'], exclude_bot_users: true, exclude_external_shared_channels: true },
        ...(first && /^[CG][A-Z0-9]{2,}$/.test(first) ? { initial_conversation: first } : {}),
      };
    case 'text':
    case 'textarea':
      break;
  }
  // Text inputs, and selects without options (Slack refuses an empty option list).
  return {
    type: 'plain_text_input',
    ...base,
    multiline: input.type === 'textarea',
    ...(input.maxLength ? { max_length: Math.min(input.maxLength, 3000) } : {}),
    ...(typeof first === 'string' && first !== '' ? { initial_value: [initial].flat().join(', ') } : {}),
  };
}
