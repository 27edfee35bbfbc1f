// Who may use the register's beheer pages: admins everything; a team lead the
// assignments and the reassign queue of their own teams' members; everyone else
// gets the Dutch 403 page. Checked on every request, GET and POST alike.
import type { Response } from 'express';
import type { Language } from '../../core/i18n/translator.ts';
import { refuse, viewerOf, type DashboardContext } from '../dashboard-context.ts';
import { csrfTokenFor } from '../session-cookie.ts';
import type { Viewer } from '../viewer.ts';

export type BeheerText = (key: string, values?: Record<string, string | number | Date>) => string;

export interface BeheerAccess {
  viewer: Viewer;
  tx: BeheerText;
  csrf: string;
  /** null = all people of the organisation; otherwise the people this lead may (re)assign. */
  staffScope: string[] | null;
}

export function beheerText(ctx: DashboardContext, lang: Language): BeheerText {
  return (key, values) => ctx.t(lang, `beheer-partners.${key}`, values);
}

function accessOf(ctx: DashboardContext, res: Response, staffScope: string[] | null): BeheerAccess {
  const { viewer, token } = viewerOf(res);
  return { viewer, tx: beheerText(ctx, viewer.language), csrf: csrfTokenFor(token), staffScope };
}

/** The admin's access, or null after answering 403. */
export function adminOnly(ctx: DashboardContext, res: Response): BeheerAccess | null {
  if (viewerOf(res).viewer.role === 'admin') return accessOf(ctx, res, null);
  refuse(ctx, res);
  return null;
}

/** Admin (everyone) or team lead (their teams' members), or null after answering 403. */
export function adminOrLead(ctx: DashboardContext, res: Response): BeheerAccess | null {
  const { viewer } = viewerOf(res);
  if (viewer.role === 'admin') return accessOf(ctx, res, null);
  if (viewer.leadTeamIds.length > 0) return accessOf(ctx, res, [...new Set(viewer.leadTeamMemberIds)]);
  refuse(ctx, res);
  return null;
}

export function inScope(access: BeheerAccess, staffId: string): boolean {
  return access.staffScope === null || access.staffScope.includes(staffId);
}
