// The neutral Outbound message: text plus blocks that every adapter can render
// (Block Kit, Adaptive Cards, the playground's HTML) and a plain-text fallback.
// Rich text is a small markdown subset: *bold*, _italic_, line breaks, and
// links written <https://url|label>.
import { z } from 'zod';
import { LAPSE_STATUSES } from './register-types.ts';

export const ZButton = z.object({
  type: z.literal('button'),
  actionId: z.string().min(1).max(100),
  label: z.string().min(1).max(75),
  /** Opaque to adapters; the core validates it when the action comes back. */
  value: z.string().max(2000).default(''),
  style: z.enum(['primary', 'danger']).optional(),
});
export type Button = z.infer<typeof ZButton>;

export const ZOption = z.object({
  label: z.string().min(1).max(75),
  value: z.string().min(1).max(150),
  /** A heading to list the option under (a partner's rubriek); adapters group consecutive options by it. */
  group: z.string().min(1).max(75).optional(),
});
export type Option = z.infer<typeof ZOption>;

export const ZSelect = z.object({
  type: z.literal('select'),
  actionId: z.string().min(1).max(100),
  placeholder: z.string().max(150),
  options: z.array(ZOption).min(1).max(100),
  multi: z.boolean().default(false),
});
export type Select = z.infer<typeof ZSelect>;

export const ZBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('header'), text: z.string().min(1) }),
  z.object({ type: z.literal('section'), text: z.string().min(1), accessory: ZButton.optional() }),
  z.object({
    type: z.literal('fields'),
    fields: z.array(z.object({ label: z.string(), value: z.string() })).min(1),
  }),
  z.object({ type: z.literal('context'), text: z.string().min(1) }),
  z.object({
    type: z.literal('list'),
    items: z
      .array(z.object({ text: z.string().min(1), status: z.enum(LAPSE_STATUSES).optional() }))
      .min(1),
  }),
  z.object({ type: z.literal('actions'), elements: z.array(z.union([ZButton, ZSelect])).min(1).max(25) }),
  z.object({ type: z.literal('image'), url: z.string().url(), alt: z.string().min(1) }),
  z.object({ type: z.literal('divider') }),
]);
export type Block = z.infer<typeof ZBlock>;

export const ZMessage = z.object({
  /** Plain-text fallback: notifications, screen readers, platforms without blocks. */
  text: z.string().min(1),
  blocks: z.array(ZBlock).default([]),
});
export type Message = z.infer<typeof ZMessage>;
