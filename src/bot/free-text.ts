// Every piece of free text a person sent in one Inbound: what the privacy guard checks.
import type { Inbound } from '../core/inbound.ts';

export function freeTextOf(inbound: Inbound): string[] {
  switch (inbound.type) {
    case 'command':
    case 'thread_reply':
    case 'direct_message':
    case 'message_edited':
      return [inbound.text];
    case 'form_submitted':
      return Object.values(inbound.values).flat();
    case 'action':
      return inbound.selected ?? [];
    default:
      return [];
  }
}
