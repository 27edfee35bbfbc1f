// /dashboard/beheer: the way in to every beheer section. An admin sees them all; a
// team lead the two that are theirs (medewerkers and teams of their own team).
import type { Router } from 'express';
import { esc } from '../html.ts';
import { sendPage, type DashboardContext } from '../dashboard-context.ts';
import { beheerActorOf, type BeheerText } from './beheer-access.ts';

interface Section { key: string; href: string; leads: boolean }

/** Partners, toewijzingen, wachtrij and import are built beside these pages; linked here at their fixed URLs. */
const SECTIONS: Section[] = [
  { key: 'rubrieken', href: '/dashboard/beheer/rubrieken', leads: false },
  { key: 'partners', href: '/dashboard/beheer/partners', leads: false },
  { key: 'toewijzingen', href: '/dashboard/beheer/toewijzingen', leads: false },
  { key: 'wachtrij', href: '/dashboard/beheer/wachtrij', leads: false },
  { key: 'medewerkers', href: '/dashboard/beheer/medewerkers', leads: true },
  { key: 'teams', href: '/dashboard/beheer/teams', leads: true },
  { key: 'import', href: '/dashboard/beheer/import', leads: false },
  { key: 'privacy', href: '/dashboard/beheer/privacy', leads: false },
];

export function renderBeheerHome(tx: BeheerText, isAdmin: boolean): string {
  const items = SECTIONS.filter((s) => isAdmin || s.leads).map((s) =>
    `<li><a href="${s.href}"><strong>${esc(tx(`section_${s.key}`))}</strong></a><br><span class="muted">${esc(tx(`section_${s.key}_about`))}</span></li>`).join('');
  return `<p>${esc(tx(isAdmin ? 'home_intro_admin' : 'home_intro_lead'))}</p><nav aria-label="${esc(tx('home_nav_label'))}"><ul class="beheer-sections">${items}</ul></nav>`;
}

export function addBeheerHomeRoute(router: Router, ctx: DashboardContext): void {
  router.get('/beheer', (_req, res) => {
    const a = beheerActorOf(ctx, res);
    if (a) sendPage(ctx, res, a.tx('home_title'), renderBeheerHome(a.tx, a.isAdmin), 'beheer');
  });
}
