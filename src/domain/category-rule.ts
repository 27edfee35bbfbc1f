// A rubriek's contact frequency as entered by a functional admin, and the rule for
// partners that have no rubriek yet.
import { z } from 'zod';
import type { CategoryRule } from '../core/register-types.ts';

const MAX_INTERVAL_DAYS = 730;

const ZIntervalDays = (label: string) =>
  z
    .number({ error: `${label} moet een getal zijn (aantal dagen)` })
    .int({ error: `${label} moet een heel aantal dagen zijn` })
    .min(1, { error: `${label} moet minstens 1 dag zijn` })
    .max(MAX_INTERVAL_DAYS, { error: `${label} mag hoogstens ${MAX_INTERVAL_DAYS} dagen (twee jaar) zijn` });

export const ZCategoryRule = z
  .object({
    idealIntervalDays: ZIntervalDays('ideale contactfrequentie'),
    maxIntervalDays: ZIntervalDays('maximale contactfrequentie'),
  })
  .refine((rule) => rule.idealIntervalDays <= rule.maxIntervalDays, {
    error: 'maximale contactfrequentie moet minstens even groot zijn als de ideale contactfrequentie',
    path: ['maxIntervalDays'],
  });

/**
 * Rule for a partner without rubriek: ideally contact every six weeks, at the latest
 * once a quarter (90 days), a middle ground between the usual monthly and yearly rubrieken.
 */
export const DEFAULT_CATEGORY_RULE: Readonly<CategoryRule> = Object.freeze({
  idealIntervalDays: 42,
  maxIntervalDays: 90,
});
