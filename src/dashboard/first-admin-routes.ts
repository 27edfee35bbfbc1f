// /dashboard/opzetten: on a fresh playground install (embedded mode, loopback only)
// nobody can be chosen yet, so the first visitor names the organisation and becomes
// its admin. There is no session yet, so the form carries a one-time token kept in
// memory (a page elsewhere cannot read it), and the route closes once an admin exists.
import { randomBytes } from 'node:crypto';
import type { Router } from 'express';
import { z } from 'zod';
import { sendBarePage, textFor, type DashboardContext } from './dashboard-context.ts';
import { renderLayout } from './dashboard-layout.ts';
import { esc, type PageText } from './html.ts';
import type { FirstAdminPorts } from './first-admin-ports.ts';

const ZSetupForm = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
  organisation: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(200),
});
const TOKEN_MINUTES = 30;

export function addFirstAdminRoutes(router: Router, ctx: DashboardContext, setup: FirstAdminPorts, startSession: (res: import('express').Response, staffId: string) => Promise<void>): void {
  const tokens = new Map<string, number>();

  function sendForm(res: import('express').Response, status: number, problem?: string, values: Record<string, string> = {}) {
    const tx: PageText = (key, v) => ctx.t('nl', `import.${key}`, v);
    const token = randomBytes(24).toString('base64url');
    const now = ctx.clock.now().getTime();
    for (const [t, until] of tokens) if (until < now) tokens.delete(t);
    tokens.set(token, now + TOKEN_MINUTES * 60_000);
    const field = (id: string, label: string, type = 'text') =>
      `<p><label for="setup-${id}">${esc(tx(label))}</label><br><input id="setup-${id}" name="${id}" type="${type}" required maxlength="200" value="${esc(values[id] ?? '')}"></p>`;
    const body = `<p>${esc(tx('setup_intro'))}</p>${problem ? `<div role="alert" class="notice"><p>${esc(problem)}</p></div>` : ''}
<form method="post" action="/dashboard/opzetten"><input type="hidden" name="token" value="${token}">
${field('organisation', 'setup_organisation')}${field('name', 'setup_name')}${field('email', 'setup_email', 'email')}
<p><button type="submit">${esc(tx('setup_submit'))}</button></p></form>`;
    res.status(status).type('html').setHeader('Cache-Control', 'no-store');
    res.send(renderLayout({ viewer: null, lang: 'nl', tx: textFor(ctx.t, 'nl'), title: tx('setup_title'), body }));
  }

  router.get('/opzetten', async (req, res) => {
    if (ctx.mode !== 'embedded') return sendBarePage(ctx, req, res, 404, 'not_found_title', ['not_found_body']);
    if (await setup.hasAdmin()) return void res.redirect(303, '/dashboard/kies');
    sendForm(res, 200);
  });

  router.post('/opzetten', async (req, res) => {
    if (ctx.mode !== 'embedded') return sendBarePage(ctx, req, res, 404, 'not_found_title', ['not_found_body']);
    const body = (req.body ?? {}) as Record<string, string>;
    const form = ZSetupForm.safeParse(body);
    const until = form.success ? tokens.get(form.data.token) : undefined;
    if (!form.success || until === undefined || until < ctx.clock.now().getTime()) {
      return sendForm(res, 400, ctx.t('nl', 'import.setup_invalid'), { organisation: String(body.organisation ?? ''), name: String(body.name ?? ''), email: String(body.email ?? '') });
    }
    tokens.delete(form.data.token);
    const staffId = await setup.createFirstAdmin({ organisationName: form.data.organisation, name: form.data.name, email: form.data.email });
    if (!staffId) return void res.redirect(303, '/dashboard/kies');
    await startSession(res, staffId);
  });
}
