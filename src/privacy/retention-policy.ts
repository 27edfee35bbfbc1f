// Retention periods per organisation (AVG: opslagbeperking). The defaults apply
// until an admin changes them (`privacy bewaartermijnen`, dashboard beheer page).
import { z } from 'zod';

export interface RetentionPeriods {
  /** Free text of check-in answers, commitments and contact notes. */
  answerTextMonths: number;
  /** Content of sent outbox messages. */
  sentOutboxDays: number;
  /** Audit events. */
  auditMonths: number;
}

export const DEFAULT_RETENTION: RetentionPeriods = { answerTextMonths: 24, sentOutboxDays: 30, auditMonths: 84 };

const whole = (field: string, min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `${field}: vul een heel getal in / enter a whole number` })
    .int({ error: `${field}: vul een heel getal in / enter a whole number` })
    .min(min, { error: `${field}: minimaal ${min} ${unit} / at least ${min}` })
    .max(max, { error: `${field}: maximaal ${max} ${unit} / at most ${max}` });

/** Bounds keep a typo from wiping history (0) or keeping it forever. */
export const ZRetentionPeriods = z.object({
  answerTextMonths: whole('antwoorden en notities', 1, 120, 'maanden'),
  sentOutboxDays: whole('verzonden berichten', 1, 365, 'dagen'),
  auditMonths: whole('audit-log', 12, 240, 'maanden'),
});

export interface RetentionRun {
  answersRedacted: number;
  commitmentsRedacted: number;
  notesRedacted: number;
  outboxPurged: number;
  auditDeleted: number;
  magicLinksDeleted: number;
  sessionsDeleted: number;
}

export interface RetentionPorts {
  periodsOf(organisationId: string): Promise<RetentionPeriods>;
  /** Applies the organisation's periods as of `now`; `marker` replaces redacted text. Idempotent. */
  apply(organisationId: string, now: Date, marker: string): Promise<RetentionRun>;
}
