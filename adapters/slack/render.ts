// Neutral Message → Block Kit. Slack's limits are respected by splitting (long
// sections, more than 10 fields) or truncating (more than 50 blocks), and every
// message keeps a plain-text `text` for notifications and screen readers.
import type { Block, Button, Message, Select } from '../../src/core/message.ts';
import { statusMark, stripMarkup } from '../../src/core/plain-text.ts';

export type SlackBlock = Record<string, unknown>;
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

const SECTION_MAX = 3000;
const FIELD_MAX = 2000;
const FIELDS_PER_SECTION = 10;
const HEADER_MAX = 150;
const TEXT_MAX = 3000;
/** Messages allow 50 blocks; home tabs and modals 100. */
export const MESSAGE_BLOCK_LIMIT = 50;
export const VIEW_BLOCK_LIMIT = 100;
/** Repeated action ids get this suffix (Slack wants them unique per message); to-core strips it. */
export const ACTION_SUFFIX = /::\d+$/;

export function renderMessage(message: Message, blockLimit = MESSAGE_BLOCK_LIMIT): SlackMessage {
  const seen = new Map<string, number>();
  const uniqueId = (id: string): string => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}::${n}`;
  };
  const blocks = message.blocks.flatMap((b) => renderBlock(b, uniqueId));
  return { text: clip(message.text, TEXT_MAX), blocks: limitBlocks(blocks, blockLimit) };
}

function limitBlocks(blocks: SlackBlock[], limit: number): SlackBlock[] {
  if (blocks.length <= limit) return blocks;
  return [...blocks.slice(0, limit - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: '… (ingekort)' }] }];
}

function renderBlock(block: Block, uniqueId: (id: string) => string): SlackBlock[] {
  switch (block.type) {
    case 'header':
      return [{ type: 'header', text: plain(clip(stripMarkup(block.text), HEADER_MAX)) }];
    case 'section':
      return splitText(toMrkdwn(block.text), SECTION_MAX).map((text, i) => ({
        type: 'section',
        text: { type: 'mrkdwn', text },
        ...(i === 0 && block.accessory ? { accessory: renderButton(block.accessory, uniqueId) } : {}),
      }));
    case 'fields':
      return chunk(block.fields, FIELDS_PER_SECTION).map((fields) => ({
        type: 'section',
        fields: fields.map((f) => ({ type: 'mrkdwn', text: clip(`*${escapeText(f.label)}*\n${toMrkdwn(f.value)}`, FIELD_MAX) })),
      }));
    case 'context':
      return [{ type: 'context', elements: [{ type: 'mrkdwn', text: clip(toMrkdwn(block.text), SECTION_MAX) }] }];
    case 'list': {
      const lines = block.items.map((i) => `${i.status ? statusMark(i.status) : '•'} ${toMrkdwn(i.text)}`);
      return splitText(lines.join('\n'), SECTION_MAX).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
    }
    case 'actions':
      return [{ type: 'actions', elements: block.elements.map((e) => (e.type === 'button' ? renderButton(e, uniqueId) : renderSelect(e, uniqueId))) }];
    case 'image':
      return [{ type: 'image', image_url: block.url, alt_text: clip(block.alt, 2000) }];
    case 'divider':
      return [{ type: 'divider' }];
  }
}

function renderButton(button: Button, uniqueId: (id: string) => string): SlackBlock {
  return {
    type: 'button',
    action_id: uniqueId(button.actionId),
    text: plain(button.label),
    value: button.value || '-',
    ...(button.style ? { style: button.style } : {}),
  };
}

function renderSelect(select: Select, uniqueId: (id: string) => string): SlackBlock {
  return {
    type: select.multi ? 'multi_static_select' : 'static_select',
    action_id: uniqueId(select.actionId),
    placeholder: plain(select.placeholder || '…'),
    options: select.options.map((o) => ({ text: plain(o.label), value: o.value })),
  };
}

export function plain(text: string): { type: 'plain_text'; text: string; emoji: true } {
  return { type: 'plain_text', text, emoji: true };
}

/** Our markdown subset is Slack's mrkdwn already; only &, < and > outside links need escaping. */
export function toMrkdwn(text: string): string {
  const link = /<(https?:\/\/[^|>\s]+)\|([^>]+)>|<@([A-Z0-9]+)\|[^>]+>/g;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(link)) {
    // A person mention becomes Slack's own <@U123>: the client shows the name and opens a DM.
    out += escapeText(text.slice(last, m.index)) + (m[3] ? `<@${m[3]}>` : `<${m[1]}|${escapeText(m[2]!)}>`);
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits on line breaks where possible so a section never exceeds Slack's limit. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (const piece of line.length > max ? (line.match(new RegExp(`[^]{1,${max}}`, 'g')) ?? []) : [line]) {
      const next = current === '' ? piece : `${current}\n${piece}`;
      if (next.length > max) {
        parts.push(current);
        current = piece;
      } else {
        current = next;
      }
    }
  }
  if (current !== '') parts.push(current);
  return parts.length > 0 ? parts : [' '];
}

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
