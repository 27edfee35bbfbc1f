// Who may use the organisation beheer pages: an admin everything, a team lead the
// people, channels and schedule of the teams they lead. Everyone else gets the
// Dutch 403 page. Checked on every request, GET and POST alike.
import type { Response } from 'express';
import { isDomainError } from '../../core/domain-error.ts';
import { domainErrorText } from '../../core/i18n/domain-error-text.ts';
import { refuse, viewerOf, type DashboardContext } from '../dashboard-context.ts';
import { csrfTokenFor } from '../session-cookie.ts';
import type { Viewer } from '../viewer.ts';

export type BeheerText = (key: string, values?: Record<string, string | number>) => string;

export interface BeheerActor {
  viewer: Viewer;
  isAdmin: boolean;
  /** Teams whose members, channels and schedule this person may change (all for an admin: null). */
  teamIds: string[] | null;
  tx: BeheerText;
  csrf: string;
}

function actorOf(ctx: DashboardContext, res: Response): BeheerActor {
  const { viewer, token } = viewerOf(res);
  const isAdmin = viewer.role === 'admin';
  return {
    viewer, isAdmin, teamIds: isAdmin ? null : viewer.leadTeamIds,
    tx: (key, values) => ctx.t(viewer.language, `beheer-org.${key}`, values),
    csrf: csrfTokenFor(token),
  };
}

/** Admins and team leads; null after answering 403. */
export function beheerActorOf(ctx: DashboardContext, res: Response): BeheerActor | null {
  const actor = actorOf(ctx, res);
  if (actor.isAdmin || actor.viewer.leadTeamIds.length > 0) return actor;
  refuse(ctx, res);
  return null;
}

/** Admins only (rubrieken, new teams, roles); null after answering 403. */
export function adminActorOf(ctx: DashboardContext, res: Response): BeheerActor | null {
  const actor = actorOf(ctx, res);
  if (actor.isAdmin) return actor;
  refuse(ctx, res);
  return null;
}

export function mayManageTeam(actor: BeheerActor, teamId: string): boolean {
  return actor.teamIds === null || actor.teamIds.includes(teamId);
}

/** A rule the register refused (duplicate name, e-mail taken…) in the viewer's words; other errors go on. */
export function domainMessage(ctx: DashboardContext, actor: BeheerActor, err: unknown): string {
  if (!isDomainError(err)) throw err;
  return domainErrorText(ctx.t, actor.viewer.language, err);
}
