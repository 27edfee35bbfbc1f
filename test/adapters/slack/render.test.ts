// Neutral messages and forms as Block Kit: a representative card snapshot, and
// Slack's limits (3000-char sections, 10 fields, 50 blocks, unique action ids).
import './no-network.ts';
import { describe, expect, it } from 'vitest';
import { renderMessage, toMrkdwn } from '../../../adapters/slack/render.ts';
import { renderModal } from '../../../adapters/slack/render-modal.ts';
import { actionToCore } from '../../../adapters/slack/to-core.ts';
import { ZBlockActions } from '../../../adapters/slack/slack-payloads.ts';
import type { Message } from '../../../src/core/message.ts';
import { fixture } from './start-slack.ts';

const card: Message = {
  text: 'RRO week 48: jouw partners',
  blocks: [
    { type: 'header', text: 'RRO week 48: *jouw* partners' },
    { type: 'section', text: 'Hoi Sanne, zie <https://rro.example/partners?a=1&b=2|je partners> & "meer" <script>', accessory: { type: 'button', actionId: 'commands.open_log', label: 'Contact loggen', value: '' } },
    { type: 'fields', fields: [{ label: 'Gedaan', value: '_2 items_' }, { label: 'Ga doen', value: '1 item' }] },
    { type: 'list', items: [{ text: '*Zorggroep Het Baken* — 132 dagen', status: 'red' }, { text: 'Gemeente Maasmonde', status: 'yellow' }, { text: 'Thuiszorg Zuidpolder', status: 'green' }, { text: 'Nieuw', status: 'grey' }, { text: 'zonder status' }] },
    { type: 'context', text: 'Bijgewerkt om 09:00' },
    { type: 'divider' },
    { type: 'image', url: 'https://rro.example/grafiek.png', alt: 'Grafiek' },
    {
      type: 'actions',
      elements: [
        { type: 'button', actionId: 'nudge.logged', label: 'Contact gelogd', value: 'n1', style: 'primary' },
        { type: 'button', actionId: 'nudge.logged', label: 'Contact gelogd', value: 'n2' },
        { type: 'select', actionId: 'nudge.snooze', placeholder: 'Snooze', multi: false, options: [{ label: '1 week', value: 'n1:7' }] },
        { type: 'select', actionId: 'success.tags', placeholder: 'Factoren', multi: true, options: [{ label: 'Leren', value: 'Leren' }] },
      ],
    },
  ],
};

describe('Block Kit rendering', () => {
  it('renders a representative card', () => {
    expect(renderMessage(card)).toMatchSnapshot();
  });

  it('keeps links and escapes the rest for mrkdwn', () => {
    expect(toMrkdwn('a & b <https://x.example/?q=1|label & co> <b>')).toBe('a &amp; b <https://x.example/?q=1|label &amp; co> &lt;b&gt;');
  });

  it('splits long sections and many fields, and truncates beyond 50 blocks with a note', () => {
    const long = renderMessage({ text: 't', blocks: [{ type: 'section', text: Array.from({ length: 200 }, (_, i) => `regel ${i} ${'x'.repeat(30)}`).join('\n') }] });
    expect(long.blocks.length).toBeGreaterThan(1);
    for (const b of long.blocks) expect(((b.text as { text: string }).text).length).toBeLessThanOrEqual(3000);
    const fields = renderMessage({ text: 't', blocks: [{ type: 'fields', fields: Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: 'v' })) }] });
    expect(fields.blocks.map((b) => (b.fields as unknown[]).length)).toEqual([10, 10, 3]);
    const many = renderMessage({ text: 't', blocks: Array.from({ length: 70 }, () => ({ type: 'divider' as const })) });
    expect(many.blocks).toHaveLength(50);
    expect(JSON.stringify(many.blocks.at(-1))).toContain('ingekort');
  });

  it('makes repeated action ids unique and maps them back to the core id', () => {
    const ids = JSON.stringify(renderMessage(card).blocks).match(/"action_id":"[^"]+"/g);
    expect(ids).toEqual(['"action_id":"commands.open_log"', '"action_id":"nudge.logged"', '"action_id":"nudge.logged::2"', '"action_id":"nudge.snooze"', '"action_id":"success.tags"']);
    const click = fixture('block-actions.button');
    click.actions[0].action_id = 'nudge.logged::2';
    click.actions[0].value = 'n2';
    const inbound = actionToCore(ZBlockActions.parse(click));
    expect(inbound).toMatchObject({ type: 'action', actionId: 'nudge.logged', value: 'n2', messageRef: 'C0TRANSFER:1790000101.000300' });
  });

  it('renders a form as a modal with every input kind', () => {
    const view = renderModal({
      formId: 'contact.log', title: 'Contact loggen met een heel lange titel', submitLabel: 'Opslaan', context: '{"r":1}',
      inputs: [
        { id: 'partner', type: 'select', label: 'Partner', required: true, options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }], initial: 'b' },
        { id: 'when', type: 'date', label: 'Wanneer', required: true, initial: '2026-11-23' },
        { id: 'note', type: 'textarea', label: 'Notitie', required: false, maxLength: 500, hint: 'Geen BSN' },
        { id: 'who', type: 'multiselect', label: 'Wie', required: false, options: [{ label: 'X', value: 'x' }], initial: ['x'] },
        { id: 'title', type: 'text', label: 'Titel', required: true, placeholder: 'Kort' },
      ],
    });
    expect(view).toMatchSnapshot();
  });
});
