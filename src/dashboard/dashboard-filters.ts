// Query-string filters of the dashboard pages, validated with zod; anything
// malformed is dropped rather than passed on to SQL.
import type { Request } from 'express';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { LAPSE_STATUSES } from '../core/register-types.ts';
import type { HeatFilter, SuccessFilter } from './dashboard-query-ports.ts';
import { HEAT_PAGE_SIZE } from './overview-page.ts';
import type { SuccessQuery } from './successes-page.ts';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional()).catch(undefined);
const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

const ZHeatQuery = z.object({
  q: optional(z.string().max(100)),
  rubriek: optional(z.union([z.string().uuid(), z.literal('none')])),
  status: optional(z.enum(LAPSE_STATUSES)),
  pagina: optional(z.coerce.number().int().min(1).max(100_000)),
});

export function parseHeatFilter(req: Request, limit = HEAT_PAGE_SIZE): HeatFilter {
  const q = ZHeatQuery.parse(req.query);
  return { q: q.q, categoryId: q.rubriek, status: q.status, limit, offset: ((q.pagina ?? 1) - 1) * limit };
}

const ZSuccessQuery = z.object({
  team: optional(z.string().uuid()), partner: optional(z.string().uuid()), tag: optional(z.string().max(80)),
  from: optional(ZMonth), to: optional(ZMonth),
});

export function parseSuccessQuery(req: Request, timeZone: string): { query: SuccessQuery; filter: SuccessFilter } {
  const q = ZSuccessQuery.parse(req.query);
  const month = (m: string) => DateTime.fromFormat(m, 'yyyy-MM', { zone: timeZone });
  return {
    query: q,
    filter: {
      teamId: q.team, partnerId: q.partner, tag: q.tag,
      from: q.from ? month(q.from).toJSDate() : undefined,
      to: q.to ? month(q.to).plus({ months: 1 }).toJSDate() : undefined,
    },
  };
}

export const ZTeamQuery = z.object({ team: optional(z.string().uuid()) });
export const ZIdParam = z.object({ id: z.string().uuid() });
