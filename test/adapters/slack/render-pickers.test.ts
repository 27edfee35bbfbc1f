// Channel pickers and searchable partner choices as each platform renders them:
// Slack conversations_select and option_groups (100 per group), the playground a
// <select> (optgroups for a long list), Teams a filtered Input.ChoiceSet.
import './no-network.ts';
import { describe, expect, it } from 'vitest';
import { renderModal } from '../../../adapters/slack/render-modal.ts';
import { renderFormDialog } from '../../../adapters/local/render-form-html.ts';
import { renderDialogCard } from '../../../adapters/teams/render.ts';
import { ZForm, type Form } from '../../../src/core/form.ts';

const partners = [
  ...Array.from({ length: 3 }, (_, i) => ({ label: `Mijn partner ${i}`, value: `m${i}`, group: 'Mijn partners' })),
  ...Array.from({ length: 120 }, (_, i) => ({ label: `Ziekenhuis ${i}`, value: `z${i}`, group: 'Ziekenhuizen' })),
  { label: 'Kompas', value: 'k', group: 'Welzijn' },
];

const form: Form = ZForm.parse({
  formId: 't.pickers', title: 'Kiezen', submitLabel: 'Opslaan', context: 'team-1',
  inputs: [
    { id: 'channelRef', type: 'channel', label: 'Teamkanaal', required: false, initial: 'C0TEAM', options: [{ label: 'Teamkanaal van Geriatrie', value: 'C0TEAM' }] },
    { id: 'partners', type: 'multiselect', label: 'Partners', required: false, options: partners, initial: ['z101'] },
  ],
});

describe('pickers per platform', () => {
  it('Slack: a channel is a conversations_select; a long grouped list is option_groups of at most 100', () => {
    const blocks = (renderModal(form) as { blocks: { element: Record<string, any> }[] }).blocks;
    expect(blocks[0]!.element).toMatchObject({ type: 'conversations_select', action_id: 'channelRef', initial_conversation: 'C0TEAM' });
    const select = blocks[1]!.element;
    expect(select.type).toBe('multi_static_select');
    expect(select.options).toBeUndefined();
    expect(select.option_groups.map((g: { label: { text: string }; options: unknown[] }) => [g.label.text, g.options.length]))
      .toEqual([['Mijn partners', 3], ['Ziekenhuizen', 100], ['Ziekenhuizen (2)', 20], ['Welzijn', 1]]);
    expect(select.initial_options).toEqual([{ text: expect.objectContaining({ text: 'Ziekenhuis 101' }), value: 'z101' }]);
  });

  it('playground: the channel is a <select> of the known channels; a long list a multiple select with optgroups', () => {
    const html = renderFormDialog(form, { close: 'Sluiten' });
    expect(html).toContain('<select id="pg-f-channelRef" name="channelRef" aria-describedby="pg-f-channelRef-hint pg-f-channelRef-err"><option value="">—</option><option value="C0TEAM" selected>Teamkanaal van Geriatrie</option></select>');
    expect(html).toMatch(/<select id="pg-f-partners" name="partners" multiple size="8"[^>]*><optgroup label="Mijn partners">/);
    expect(html).toContain('<option value="z101" selected>Ziekenhuis 101</option>');
    expect(html.match(/<optgroup /g)).toHaveLength(3);
    expect(html).not.toContain('type="checkbox"');
  });

  it('Teams: choice sets, filtered when long', () => {
    const sets: Record<string, any>[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if ((node as { type?: string }).type === 'Input.ChoiceSet') sets.push(node as Record<string, any>);
        Object.values(node).forEach(walk);
      }
    };
    walk(JSON.parse(JSON.stringify(renderDialogCard(form, 'dialog-1', {}))));
    expect(sets.map((c) => [c.id, c.style])).toEqual([['channelRef', 'compact'], ['partners', 'filtered']]);
    expect(sets[0]!.choices).toEqual([{ title: 'Teamkanaal van Geriatrie', value: 'C0TEAM' }]);
  });
});
