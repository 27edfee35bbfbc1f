// GET /dashboard/digest/<YYYY-MM>: the printable management digest, for managers
// and functional admins (who see the whole organisation), months up to the current one.
import type { Router } from 'express';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { DigestFigures } from '../features/digest/digest-figures.ts';
import { describeDigest } from '../features/digest/describe-digest.ts';
import { refuse, viewerOf, type DashboardContext } from './dashboard-context.ts';
import { renderDigestPage } from './digest-page.ts';
import { seesEverything } from './viewer.ts';

/** The digest's figures for one organisation and month; built by src/app on the store. */
export type DigestFiguresOf = (organisationId: string, month: string, timeZone: string, now: Date) => Promise<DigestFigures>;

const ZMonthParam = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'maand moet de vorm JJJJ-MM hebben, bv. 2026-11' }) });

export function addDigestRoutes(router: Router, ctx: DashboardContext, figuresOf: DigestFiguresOf): void {
  router.get('/digest/:month', async (req, res, next) => {
    const { viewer } = viewerOf(res);
    if (!seesEverything(viewer)) return refuse(ctx, res);
    const now = ctx.clock.now();
    const parsed = ZMonthParam.safeParse(req.params);
    const current = DateTime.fromJSDate(now, { zone: viewer.timeZone }).toFormat('yyyy-MM');
    if (!parsed.success || parsed.data.month > current) return next(); // the 404 page
    const month = parsed.data.month;
    const lang = viewer.language;
    const t = (key: string, values?: Record<string, string | number>) => ctx.t(lang, key, values);
    const figures = await figuresOf(viewer.organisationId, month, viewer.timeZone, now);
    const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
    const previousName = DateTime.fromFormat(month, 'yyyy-MM').minus({ months: 1 }).setLocale(locale).toFormat('LLLL yyyy');
    const madeOn = DateTime.fromJSDate(now, { zone: viewer.timeZone }).setLocale(locale).toFormat('d LLLL yyyy HH:mm');
    res.status(200).type('html').setHeader('Cache-Control', 'no-store');
    const shortName = (m: DateTime) => m.setLocale(locale).toFormat('LLL').replace('.', '');
    const reported = DateTime.fromFormat(month, 'yyyy-MM');
    res.send(renderDigestPage(t, lang, figures, describeDigest(t, lang, figures), previousName, madeOn, { month: shortName(reported), previous: shortName(reported.minus({ months: 1 })) }));
  });
}
