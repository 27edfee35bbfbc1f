// A neutral form: a Slack modal, a Teams dialog/card with inputs, an HTML form in
// the playground. Values come back as a `form_submitted` Inbound.
import { z } from 'zod';
import { ZOption } from './message.ts';

export const ZFormInput = z.object({
  id: z.string().min(1).max(60),
  type: z.enum(['text', 'textarea', 'date', 'select', 'multiselect']),
  label: z.string().min(1).max(150),
  required: z.boolean().default(true),
  placeholder: z.string().max(150).optional(),
  hint: z.string().max(300).optional(),
  initial: z.union([z.string(), z.array(z.string())]).optional(),
  options: z.array(ZOption).max(100).optional(),
  maxLength: z.number().int().positive().optional(),
  /** The value is a chat channel: an adapter that can list the team's channels offers them as choices (Teams); others keep the text input. */
  channelChoice: z.boolean().optional(),
});
export type FormInput = z.infer<typeof ZFormInput>;

export const ZForm = z.object({
  /** Which form this is, e.g. 'checkin-answer'; comes back on submit. */
  formId: z.string().min(1).max(100),
  title: z.string().min(1).max(24),
  submitLabel: z.string().min(1).max(24),
  inputs: z.array(ZFormInput).min(1).max(20),
  /** Opaque context the core needs on submit (e.g. the round id). */
  context: z.string().max(2000).default(''),
});
export type Form = z.infer<typeof ZForm>;

/** Per-input validation messages shown inside the form (Slack `response_action: errors`). */
export type FormErrors = Record<string, string>;
