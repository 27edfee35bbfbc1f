import { describe, expect, it } from 'vitest';
import type { Form } from '../../src/core/form.ts';
import { refillForm } from '../../src/core/refill-form.ts';

const form: Form = {
  formId: 'f', title: 'Contact', submitLabel: 'Opslaan', context: 'ctx',
  inputs: [
    { id: 'partner', type: 'select', label: 'Partner', required: true, options: [{ label: 'Kompas', value: 'p1' }] },
    { id: 'note', type: 'textarea', label: 'Notitie', required: false, initial: 'oud' },
    { id: 'people', type: 'multiselect', label: 'Collega’s', required: false, options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }] },
    { id: 'date', type: 'date', label: 'Datum', required: true, initial: '2026-11-30' },
  ],
};

describe('refillForm', () => {
  it('puts every submitted value back as the initial value, lists for multiselects', () => {
    const refilled = refillForm(form, { partner: '', note: 'Lunch met Kompas', people: 'b', date: '2026-12-01' });
    expect(refilled.inputs.map((i) => i.initial)).toEqual(['', 'Lunch met Kompas', ['b'], '2026-12-01']);
    expect(refilled.context).toBe('ctx');
  });

  it('keeps the original initial value of a field that was not submitted', () => {
    expect(refillForm(form, {}).inputs.map((i) => i.initial)).toEqual([undefined, 'oud', undefined, '2026-11-30']);
    expect(refillForm(form, { note: ['x', 'y'] }).inputs[1]!.initial).toBe('x');
  });
});
