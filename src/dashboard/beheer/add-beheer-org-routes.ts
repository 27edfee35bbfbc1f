// Mounts the organisation half of the beheer pages: the landing page, rubrieken,
// medewerkers and teams. onTeamSaved lets the runtime reload the schedule.
import type { Router } from 'express';
import type { DashboardContext } from '../dashboard-context.ts';
import { addBeheerHomeRoute } from './beheer-home-page.ts';
import type { BeheerOrgPorts } from './beheer-org-ports.ts';
import { addCategoryRoutes } from './category-admin-routes.ts';
import { addStaffRoutes } from './staff-admin-routes.ts';
import { addTeamRoutes } from './team-admin-routes.ts';

export function addBeheerOrgRoutes(router: Router, ctx: DashboardContext, ports: BeheerOrgPorts, onTeamSaved?: () => void): void {
  addBeheerHomeRoute(router, ctx);
  addCategoryRoutes(router, ctx, ports);
  addStaffRoutes(router, ctx, ports, onTeamSaved);
  addTeamRoutes(router, ctx, ports, onTeamSaved);
}
