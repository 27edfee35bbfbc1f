// The page frame: language, navigation by role, who is logged in, logout (a POST
// with the CSRF token) and the app's own stylesheet.
import { esc, type PageText } from './html.ts';
import { seesEverything, visibleTeamIdsOf, type Viewer } from './viewer.ts';

export type Section = 'overview' | 'rhythm' | 'successes' | 'who' | 'me' | 'plan' | 'plans' | 'collaborations' | 'privacy' | 'beheer' | 'import' | 'other';

export interface LayoutInput {
  viewer: Viewer | null;
  lang: string;
  tx: PageText;
  title: string;
  body: string;
  active?: Section;
  csrf?: string;
  /** The Teams personal tab: no site chrome (Teams shows the app's name and the person), only the tab's pages. */
  tab?: boolean;
  /** Scripts of the page (the tab's: TeamsJS and its own); other pages have none. */
  scripts?: string[];
}

const TAB_SECTIONS: Section[] = ['overview', 'me', 'plan', 'who'];

export function renderLayout(p: LayoutInput): string {
  const nav: [Section, string, string][] = [];
  if (p.viewer) {
    nav.push(['overview', '/dashboard', p.tx('nav_overview')]);
    if (seesEverything(p.viewer) || (visibleTeamIdsOf(p.viewer) ?? []).length > 0) nav.push(['rhythm', '/dashboard/ritme', p.tx('nav_rhythm')]);
    nav.push(['successes', '/dashboard/successen', p.tx('nav_successes')]);
    nav.push(['who', '/dashboard/wie', p.tx('nav_who')]);
    nav.push(['me', `/dashboard/mensen/${p.viewer.staffId}`, p.tx('nav_me')]);
    nav.push(['plan', '/dashboard/plan', p.tx('nav_plan')]);
    if (seesEverything(p.viewer) || p.viewer.leadTeamIds.length > 0) nav.push(['plans', '/dashboard/plannen', p.tx('nav_plans')]);
    if (p.viewer.role === 'admin' || p.viewer.leadTeamIds.length > 0) nav.push(['beheer', '/dashboard/beheer', p.tx('nav_beheer')]);
    nav.push(['collaborations', '/dashboard/samenwerkingen', p.tx('nav_collaborations')]);
    if (p.viewer.role === 'admin') nav.push(['privacy', '/dashboard/beheer/privacy', p.tx('nav_privacy')]);
    if (p.viewer.role === 'admin') nav.push(['import', '/dashboard/beheer/import', p.tx('nav_import')]);
  }
  const shown = p.tab ? nav.filter(([key]) => TAB_SECTIONS.includes(key)) : nav;
  const links = shown.map(([key, href, label]) => `<a href="${href}"${p.active === key ? ' aria-current="page"' : ''}>${esc(label)}</a>`).join('');
  const who = p.viewer
    ? `<div class="who"><span>${esc(p.viewer.name)} · ${esc(p.tx(`role_${p.viewer.role}`))}</span>` +
      `<form method="post" action="/dashboard/logout"><input type="hidden" name="csrf" value="${esc(p.csrf ?? '')}">` +
      `<button type="submit">${esc(p.tx('logout'))}</button></form></div>`
    : '';
  const scripts = (p.scripts ?? []).map((src) => `<script src="${esc(src)}" defer></script>`).join('');
  const header = p.tab
    ? (links ? `<header class="top tab"><nav aria-label="${esc(p.tx('nav_label'))}">${links}</nav></header>` : '')
    : `<header class="top"><strong>RRO-bot</strong><nav aria-label="${esc(p.tx('nav_label'))}">${links}</nav>${who}</header>`;
  return `<!doctype html><html lang="${esc(p.lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(p.title)} · RRO-bot</title>` +
    `<link rel="stylesheet" href="/dashboard/assets/dashboard.css">${scripts}</head><body>` +
    `<a class="skip" href="#main">${esc(p.tx('skip'))}</a>` +
    header +
    `<main id="main"><h1>${esc(p.title)}</h1>${p.body}</main></body></html>`;
}
