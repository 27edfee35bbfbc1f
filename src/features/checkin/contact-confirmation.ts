// The check-in confirmation with one-click "Contact met X vastleggen" buttons. Once a
// button is used the message is redrawn: that partner shows "✓ Vastgelegd", the other
// buttons stay. Which buttons the message holds travels in each button's value, so the
// redraw needs no copy of the message.
import type { Block, Button, Message } from '../../core/message.ts';
import type { Turn } from '../../bot/feature.ts';
import { countItems } from '../../domain/answer-parts.ts';
import type { CheckInAnswer } from './checkin-ports.ts';
import { shorten } from './checkin-messages.ts';

export const CONFIRM_CONTACT_ACTION = 'checkin.confirm_contact';

export interface ConfirmationState {
  answerId: string;
  /** Partners still offered as a button, in order. */
  open: { partnerId: string; name: string }[];
  /** Partners already shown as logged, in order. */
  logged: { partnerId: string; name: string }[];
}

/** 'answerId|partnerId|open ids|logged ids'; the first two parts alone are the older form. */
export function encodeConfirmValue(state: ConfirmationState, partnerId: string): string {
  return [state.answerId, partnerId, state.open.map((p) => p.partnerId).join(','), state.logged.map((p) => p.partnerId).join(',')].join('|');
}

export function decodeConfirmValue(value: string): { answerId: string; partnerId: string; open: string[]; logged: string[] } {
  const [answerId = '', partnerId = '', open = '', logged = ''] = value.split('|');
  const ids = (list: string) => list.split(',').filter((id) => id !== '');
  return { answerId, partnerId, open: open ? ids(open) : [partnerId], logged: ids(logged) };
}

export function buildConfirmationMessage(turn: Turn<unknown>, answer: CheckInAnswer, state: ConfirmationState): Message {
  const counts = countItems(answer);
  const text = turn.t('checkin.confirm', { done: counts.done, planned: counts.planned });
  const blocks: Block[] = [];
  for (const p of state.logged) blocks.push({ type: 'context', text: `✓ ${turn.t('checkin.contact_logged', { partner: p.name })}` });
  if (state.open.length > 0) {
    const buttons: Button[] = state.open.map((p) => ({
      type: 'button',
      actionId: CONFIRM_CONTACT_ACTION,
      label: shorten(turn.t('checkin.confirm_button', { partner: p.name }), 75),
      value: encodeConfirmValue(state, p.partnerId),
    }));
    blocks.push({ type: 'context', text: turn.t('checkin.confirm_hint') }, { type: 'actions', elements: buttons });
  }
  return { text, blocks: blocks.length > 0 ? [{ type: 'section', text }, ...blocks] : [] };
}
