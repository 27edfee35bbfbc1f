// The answer to an Inbound that holds a BSN-like number. A form gets an error on each
// field that holds one; a message gets a note. Where the platform keeps the person's own
// message visible (a Slack or Teams message, reply or edit), the note says how to delete
// it: the bot cannot delete a person's message itself.
import type { Inbound } from '../core/inbound.ts';
import type { Reply } from '../core/outbound.ts';
import type { FreeText } from './free-text.ts';

const STAYS_VISIBLE = new Set<Inbound['type']>(['thread_reply', 'direct_message', 'message_edited']);

export function refuseBsn(inbound: Inbound, found: FreeText[], say: (key: string) => string): Reply[] {
  if (inbound.type === 'form_submitted') {
    const fields = found.filter((f) => f.path.startsWith('values.')).map((f) => f.path.slice('values.'.length));
    if (fields.length > 0) {
      return [{ type: 'form_errors', errors: Object.fromEntries(fields.map((field) => [field, say('privacy.bsn_field')])) }];
    }
  }
  const platform = inbound.envelope.platform;
  const hint = platform !== 'local' && STAYS_VISIBLE.has(inbound.type) ? `\n${say(`privacy.bsn_delete_${platform}`)}` : '';
  return [{ type: 'ephemeral', message: { text: say('privacy.bsn_refused') + hint, blocks: [] } }];
}
