// Closing one's own "ga doen" item from the dashboard: done, moved to next week
// or dropped — the same use as the chat buttons, then back to the person page.
import type { Router } from 'express';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { CommitmentPorts } from '../features/commitments/commitment-ports.ts';
import { refuse, viewerOf, type DashboardContext } from './dashboard-context.ts';

const ZClose = z.object({ state: z.enum(['done', 'dropped', 'moved']) });

export function addCommitmentRoutes(router: Router, ctx: DashboardContext, commitments: CommitmentPorts): void {
  router.post('/afspraken/:id', async (req, res) => {
    const { viewer } = viewerOf(res);
    const id = z.uuid().safeParse(req.params.id);
    const body = ZClose.safeParse(req.body);
    const found = id.success ? await commitments.findCommitment(id.data) : null;
    if (!found || !body.success || found.staffId !== viewer.staffId) return refuse(ctx, res);
    const now = ctx.clock.now();
    if (body.data.state === 'moved') {
      await commitments.moveCommitment(found.id, viewer.staffId, DateTime.fromJSDate(now, { zone: viewer.timeZone }).plus({ weeks: 1 }).toISODate() as string, now);
    } else {
      await commitments.closeCommitment(found.id, viewer.staffId, body.data.state, now);
    }
    res.redirect(303, `${ctx.base}/mensen/${viewer.staffId}`);
  });
}
