// A form shown again with errors keeps what the person typed in every field, not
// only the broken one. Slack keeps modal values itself; Teams cards and the
// playground draw the form anew, so they refill it from the submitted values.
import type { Form } from './form.ts';

export function refillForm(form: Form, values: Record<string, string | string[]>): Form {
  return {
    ...form,
    inputs: form.inputs.map((input) => {
      const value = values[input.id];
      if (value === undefined) return input;
      const wantsList = input.type === 'multiselect';
      return { ...input, initial: wantsList ? [value].flat() : Array.isArray(value) ? (value[0] ?? '') : value };
    }),
  };
}
