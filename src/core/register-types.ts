// Neutral words of the partner register, shared by domain rules, use-cases and
// adapters. Mirrors the enums of prisma/schema.prisma (the store maps between them).
import { z } from 'zod';

export const LEVELS = ['operationeel', 'tactisch', 'strategisch'] as const;
export const ZLevel = z.enum(LEVELS, { error: 'niveau moet operationeel, tactisch of strategisch zijn' });
export type Level = z.infer<typeof ZLevel>;

export const ROLES = ['staff', 'lead', 'manager', 'admin'] as const;
export const ZRole = z.enum(ROLES, { error: 'rol moet staff, lead, manager of admin zijn' });
export type Role = z.infer<typeof ZRole>;

/** green = on time, yellow = past the ideal interval, red = past the maximum, grey = never contacted. */
export const LAPSE_STATUSES = ['green', 'yellow', 'red', 'grey'] as const;
export type LapseStatus = (typeof LAPSE_STATUSES)[number];

export const CONTACT_CHANNELS = ['meeting', 'phone', 'email', 'video', 'visit', 'other'] as const;
export const ZContactChannel = z.enum(CONTACT_CHANNELS, { error: 'manier van contact onbekend' });
export type ContactChannel = z.infer<typeof ZContactChannel>;

export const CONTACT_SOURCES = ['manual', 'checkin', 'nudge', 'command', 'form', 'import'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const ASSIGNMENT_KINDS = ['owner', 'co_owner'] as const;
export const ZAssignmentKind = z.enum(ASSIGNMENT_KINDS, { error: 'soort moet owner of co_owner zijn' });
export type AssignmentKind = z.infer<typeof ZAssignmentKind>;

/** A rubriek with its contact frequency. */
export interface CategoryRule {
  idealIntervalDays: number;
  maxIntervalDays: number;
}
