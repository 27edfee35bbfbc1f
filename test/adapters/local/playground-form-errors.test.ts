// A form answered with errors in the playground comes back with every field as typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../../src/core/local-directory.ts';
import type { PlaygroundView } from '../../../adapters/local/playground-view.ts';
import type { Feature } from '../../../src/bot/feature.ts';
import { startPlayground } from './start-playground.ts';

const contactForm: Feature = {
  name: 'form-errors',
  commands: {
    help: async () => [{ type: 'open_form', form: { formId: 't.f', title: 'Contact', submitLabel: 'Opslaan', context: 'c', inputs: [
      { id: 'partner', type: 'text', label: 'Partner', required: true },
      { id: 'note', type: 'textarea', label: 'Notitie', required: false },
      { id: 'when', type: 'date', label: 'Datum', required: true, initial: '2026-11-22' },
    ] } }],
  },
  forms: {
    't.f': async (turn) => (String(turn.inbound.values.partner ?? '').trim() === ''
      ? [{ type: 'form_errors', errors: { partner: 'Kies een partner.' } }]
      : [{ type: 'ephemeral', message: { text: 'Opgeslagen', blocks: [] } }]),
  },
};

describe('playground form errors', () => {
  let pg: Awaited<ReturnType<typeof startPlayground>>;
  let sanne: LocalPerson;
  beforeAll(async () => {
    pg = await startPlayground({ now: new Date('2026-11-22T11:00:00Z'), features: () => [contactForm] });
    sanne = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people.find((p) => p.name === 'Sanne de Graaf')!;
  });
  afterAll(async () => pg?.stop());

  it('keeps every other field\'s value when one field is wrong, and closes the form once it is right', async () => {
    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'command', text: 'help' });
    const failed = await pg.call<{ formErrors?: Record<string, string> }>('POST', '/api/inbound', {
      as: sanne.staffId, kind: 'form_submitted', formId: 't.f', context: 'c', values: { partner: ' ', note: 'Lunch met Kompas', when: '2026-11-20' },
    });
    expect(failed.json.formErrors).toEqual({ partner: 'Kies een partner.' });
    const view = (await pg.call<PlaygroundView>('GET', `/api/state?as=${sanne.staffId}`)).json;
    expect(view.openForm?.inputs.map((i) => [i.id, i.initial])).toEqual([['partner', ' '], ['note', 'Lunch met Kompas'], ['when', '2026-11-20']]);
    const page = await fetch(`${pg.base}?as=${sanne.staffId}`).then((r) => r.text());
    expect(page).toContain('>Lunch met Kompas</textarea>');
    expect(page).toContain('value="2026-11-20"');

    await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'form_submitted', formId: 't.f', context: 'c', values: { partner: 'Kompas', note: '', when: '2026-11-20' } });
    expect((await pg.call<PlaygroundView>('GET', `/api/state?as=${sanne.staffId}`)).json.openForm).toBeUndefined();
  });
});
