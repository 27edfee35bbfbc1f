// A neutral form: a Slack modal, a Teams dialog/card with inputs, an HTML form in
// the playground. Values come back as a `form_submitted` Inbound.
import { z } from 'zod';
import { ZOption } from './message.ts';

/** Slack: 100 option groups of 100 each; partners beyond this are found by typing their name in a command. */
export const MAX_FORM_OPTIONS = 500;

export const ZFormInput = z.object({
  id: z.string().min(1).max(60),
  /**
   * 'channel': one chat channel, chosen from the platform's own picker where it has one
   * (Slack conversations_select); elsewhere from `options`, the channels the core knows.
   * The value is the channel's opaque platform reference.
   */
  type: z.enum(['text', 'textarea', 'date', 'select', 'multiselect', 'channel']),
  label: z.string().min(1).max(150),
  required: z.boolean().default(true),
  placeholder: z.string().max(150).optional(),
  hint: z.string().max(300).optional(),
  initial: z.union([z.string(), z.array(z.string())]).optional(),
  /** Up to 100 plain; a long list (partners) comes in groups the platforms make searchable. */
  options: z.array(ZOption).max(MAX_FORM_OPTIONS).optional(),
  maxLength: z.number().int().positive().optional(),
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
