// The plain-text fallback of a message: what a platform without blocks, a
// notification, or a screen reader gets.
import { replaceMentions } from './mention.ts';
import type { Block, Message } from './message.ts';
import type { LapseStatus } from './register-types.ts';

const STATUS_MARK: Record<LapseStatus, string> = { green: '🟢', yellow: '🟡', red: '🔴', grey: '⚪' };

export function statusMark(status: LapseStatus): string {
  return STATUS_MARK[status];
}

export function renderPlainText(message: Message): string {
  const lines = message.blocks.flatMap(blockLines);
  return lines.length > 0 ? lines.join('\n') : message.text;
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'header':
      return [block.text.toUpperCase()];
    case 'section':
    case 'context':
      return [stripMarkup(block.text)];
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${stripMarkup(f.value)}`);
    case 'list':
      return block.items.map((i) => `${i.status ? `${statusMark(i.status)} ` : '• '}${stripMarkup(i.text)}`);
    case 'actions':
      return [block.elements.map((e) => `[${e.type === 'button' ? e.label : e.placeholder}]`).join(' ')];
    case 'image':
      return [`(${block.alt})`];
    case 'divider':
      return ['———'];
  }
}

export function stripMarkup(text: string): string {
  return replaceMentions(text, (_, name) => `@${name}`)
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/(^|\s)_([^_\n]+)_/g, '$1$2');
}
