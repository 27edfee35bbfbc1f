// The playground page: top bar (who am I, the clock), channels and DMs on the
// left, the selected conversation in the middle, the command box and an open
// form as a <dialog>. Server-rendered; the page script fetches it again after
// every step (?fragment=1 returns only #pg-app's content).
import type { LocalPerson } from '../../src/core/local-directory.ts';
import type { PlaygroundView } from './playground-view.ts';
import { renderFormDialog } from './render-form-html.ts';
import { escapeHtml } from './render-html.ts';
import { formatTime, renderEphemerals, renderPost, type PostContext, type Say } from './render-posts.ts';

export interface PageInput {
  base: string;
  lang: string;
  zone: string;
  now: Date;
  say: Say;
  people: LocalPerson[];
  view: PlaygroundView | null;
  /** 'dms' or a channel ref. */
  selected: string;
  statusLabels: PostContext['statusLabels'];
  /** Link to the chosen person's dashboard, if any. */
  dashboardHref?: string | undefined;
}

const CLOCK_BUTTONS = [
  ['next-monday-0900', 'clock_next_monday'],
  ['next-tuesday-0930', 'clock_next_tuesday'],
  ['plus-hour', 'clock_plus_hour'],
  ['plus-day', 'clock_plus_day'],
] as const;

function personChooser(p: PageInput): string {
  const groups = new Map<string, LocalPerson[]>();
  for (const person of p.people) {
    const team = person.teams[0]?.name ?? p.say('no_team');
    groups.set(team, [...(groups.get(team) ?? []), person]);
  }
  const current = p.view?.person.staffId;
  const options = [...groups]
    .map(([team, people]) => {
      const opts = people
        .map((x) => `<option value="${escapeHtml(x.staffId)}"${x.staffId === current ? ' selected' : ''}>${escapeHtml(x.name)} — ${escapeHtml(p.say(`role_${x.role}`))}</option>`)
        .join('');
      return `<optgroup label="${escapeHtml(team)}">${opts}</optgroup>`;
    })
    .join('');
  return `<form class="pg-person" method="get" action="${escapeHtml(p.base)}"><label for="pg-as">${escapeHtml(p.say('person_label'))}</label>
<select id="pg-as" name="as"><option value="">${escapeHtml(p.say('person_choose'))}</option>${options}</select>
<noscript><button type="submit" class="pg-btn">${escapeHtml(p.say('person_go'))}</button></noscript></form>`;
}

function topBar(p: PageInput): string {
  const buttons = CLOCK_BUTTONS.map(([action, key]) => `<button type="button" class="pg-btn" data-clock="${action}">${escapeHtml(p.say(key))}</button>`).join('');
  const now = p.now.toISOString();
  const dashboard = p.dashboardHref ? `<a class="pg-btn pg-link" href="${escapeHtml(p.dashboardHref)}">${escapeHtml(p.say('dashboard_link'))}</a>` : '';
  return `<header class="pg-top"><h1>${escapeHtml(p.say('title'))}</h1>${personChooser(p)}${dashboard}
<div class="pg-clock" role="group" aria-label="${escapeHtml(p.say('clock_label'))}"><span>${escapeHtml(p.say('now'))}: <time id="pg-now" datetime="${now}">${escapeHtml(formatTime(now, p))}</time></span>${buttons}</div></header>`;
}

function nav(p: PageInput, view: PlaygroundView): string {
  const link = (sel: string, label: string) => {
    const href = `${p.base}?as=${encodeURIComponent(view.person.staffId)}&view=${encodeURIComponent(sel)}`;
    return `<li><a href="${escapeHtml(href)}" data-view="${escapeHtml(sel)}"${sel === p.selected ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`;
  };
  return `<nav class="pg-nav" aria-label="${escapeHtml(p.say('nav_label'))}"><h2>${escapeHtml(p.say('channels'))}</h2>
<ul>${view.channels.map((c) => link(c.ref, `${c.name} (${c.messages.length})`)).join('')}</ul>
<h2>${escapeHtml(p.say('direct'))}</h2><ul>${link('dms', `${p.say('dms')} (${view.dms.length})`)}</ul></nav>`;
}

function main(p: PageInput, view: PlaygroundView): string {
  const ctx: PostContext = { say: p.say, lang: p.lang, zone: p.zone, staffId: view.person.staffId, statusLabels: p.statusLabels };
  const channel = view.channels.find((c) => c.ref === p.selected);
  const title = channel ? channel.name : p.say('dms');
  const posts = channel ? channel.messages.map((m) => renderPost(m, channel.ref, ctx)) : view.dms.map((m) => renderPost(m, null, ctx));
  const empty = `<p class="pg-empty">${escapeHtml(p.say(channel ? 'empty_channel' : 'empty_dms'))}</p>`;
  return `<main class="pg-main" id="pg-main">${renderEphemerals(view, ctx)}<h2 class="pg-title">${escapeHtml(title)}</h2>
<div class="pg-posts">${posts.length ? posts.join('\n') : empty}</div>
<form class="pg-command" id="pg-command"><label for="pg-cmd">${escapeHtml(p.say('command_label'))}</label><span class="pg-slash" aria-hidden="true">/rro</span>
<input id="pg-cmd" name="text" autocomplete="off" aria-describedby="pg-cmd-hint"><button type="submit" class="pg-btn pg-btn-primary">${escapeHtml(p.say('command_send'))}</button>
<p id="pg-cmd-hint" class="pg-hint">${escapeHtml(p.say('command_hint'))}</p></form></main>`;
}

export function renderApp(p: PageInput): string {
  const view = p.view;
  const body = view
    ? `<div class="pg-body">${nav(p, view)}${main(p, view)}</div>${view.openForm ? renderFormDialog(view.openForm, { close: p.say('form_close') }) : ''}`
    : `<main class="pg-main pg-welcome"><p>${escapeHtml(p.say('intro'))}</p><p>${escapeHtml(p.say('choose_first'))}</p></main>`;
  return `${topBar(p)}${body}<p id="pg-status" class="pg-status" role="status" aria-live="polite"></p>`;
}

export function renderPage(p: PageInput): string {
  const as = p.view?.person.staffId ?? '';
  return `<!doctype html>
<html lang="${escapeHtml(p.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.say('title'))}</title><link rel="stylesheet" href="${escapeHtml(p.base)}/assets/playground.css">
<script src="${escapeHtml(p.base)}/assets/playground.js" defer></script></head>
<body><div id="pg-app" data-base="${escapeHtml(p.base)}" data-as="${escapeHtml(as)}" data-view="${escapeHtml(p.selected)}" data-msg-busy="${escapeHtml(p.say('js_busy'))}" data-msg-failed="${escapeHtml(p.say('js_failed'))}">${renderApp(p)}</div></body></html>`;
}
