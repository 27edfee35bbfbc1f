// Mounts the register half of /dashboard/beheer: partners (with contact persons,
// aliases, archive and merge), assignments and the reassign queue.
import type { Router } from 'express';
import type { DashboardContext } from '../dashboard-context.ts';
import { addAssignmentAdminRoutes } from './assignment-admin-routes.ts';
import { addPartnerAdminRoutes } from './partner-admin-routes.ts';
import { addReassignQueueRoutes } from './reassign-queue-routes.ts';
import type { RegisterAdminPorts } from './register-admin-ports.ts';

export function addRegisterAdminRoutes(router: Router, ctx: DashboardContext, ports: RegisterAdminPorts): void {
  addPartnerAdminRoutes(router, ctx, ports);
  addAssignmentAdminRoutes(router, ctx, ports);
  addReassignQueueRoutes(router, ctx, ports);
}
