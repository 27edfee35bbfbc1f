// The directory search page ("wie weet wat?"), the coverage-per-level list and the
// briefing sections added to the partner page. Same data and role rule as the chat
// answer (src/features/network); texts from prompts/*/network.json.
import { LEVELS } from '../core/register-types.ts';
import type { PartnerBriefingData } from '../features/network/briefing-ports.ts';
import type { DirectoryAnswer } from '../features/network/find-people.ts';
import type { CoverageCounts, CoverageGap } from '../features/network/network-ports.ts';
import { esc, type PageText } from './html.ts';

const reach = (email: string | null, phone: string | null) => [
  email ? `<a href="mailto:${esc(email)}">${esc(email)}</a>` : '',
  phone ? `<a href="tel:${esc(phone.replace(/[^+0-9]/g, ''))}">${esc(phone)}</a>` : '',
].filter(Boolean).join(' · ');

const days = (at: Date | null, now: Date) => (at ? Math.max(0, Math.floor((now.getTime() - at.getTime()) / 86_400_000)) : null);

export function renderDirectoryBody(tn: PageText, q: string, answer: DirectoryAnswer | null, now: Date, error: string | null): string {
  const form = `<form class="filters" method="get" action="/dashboard/wie" role="search">` +
    `<label>${esc(tn('dashboard_search_label'))}<input type="search" name="q" value="${esc(q)}" maxlength="100" required></label>` +
    `<button class="primary" type="submit">${esc(tn('dashboard_search_button'))}</button></form>`;
  if (error) return form + `<p role="alert">${esc(error)}</p>`;
  if (!answer) return form + `<p class="muted">${esc(tn('dashboard_search_hint'))}</p>`;
  const colleagues = answer.colleagues.map((c) => `<li><strong>${esc(c.name)}</strong>` +
    (c.expertise.length ? `<br><span class="muted">${esc(tn('expertise', { tags: c.expertise.join(', ') }))}</span>` : '') +
    (c.worksAlsoFor.length ? `<br><span class="muted">${esc(tn('works_also_for', { organisations: c.worksAlsoFor.join(', ') }))}</span>` : '') +
    (c.about ? `<br><em>${esc(c.about)}</em>` : '') +
    c.ties.slice(0, 3).map((t) => `<br>${esc(tn('dashboard_tie', { partner: t.partnerName, level: tn(`level.${t.level}`), owner: String(t.owner), days: days(t.lastContactAt, now) ?? -1 }))}`).join('') +
    (reach(c.email, c.phone) ? `<br>${reach(c.email, c.phone)}` : '') + `</li>`).join('');
  const people = answer.contactPersons.map((c) => `<li><strong>${esc(c.name)}</strong>${c.jobTitle ? ` (${esc(c.jobTitle)})` : ''} — ` +
    `<a href="/dashboard/partners/${esc(c.partnerId)}">${esc(c.partnerName)}</a> · ${esc(tn(`level.${c.level}`))}` +
    (c.expertise.length ? `<br><span class="muted">${esc(tn('expertise', { tags: c.expertise.join(', ') }))}</span>` : '') +
    (c.detailsVisible ? (reach(c.email, c.phone) ? `<br>${reach(c.email, c.phone)}` : '') : `<br><span class="muted">${esc(tn('contact_details_via_colleague', { partner: c.partnerName }))}</span>`) + `</li>`).join('');
  let body = `<h2>${esc(tn('who_title', { topic: answer.topic }))}</h2>`;
  if (colleagues) body += `<h3>${esc(tn('dashboard_colleagues'))}</h3><ul class="directory">${colleagues}</ul>`;
  if (people) body += `<h3>${esc(tn('dashboard_contact_persons'))}</h3><ul class="directory">${people}</ul>`;
  if (!colleagues && !people) {
    body += `<p>${esc(tn('who_none', { topic: answer.topic }))}</p>`;
    if (answer.related.length) body += `<p>${esc(tn('dashboard_related'))} ` + answer.related.map((r) => `<a href="/dashboard/wie?q=${encodeURIComponent(r)}">${esc(r)}</a>`).join(', ') + `</p>`;
    body += `<p class="muted">${esc(tn('who_ask_lead_unknown'))}</p>`;
  }
  return form + body;
}

/** Top of the overview: the directory search box and the coverage figure. */
export function renderNetworkOverview(tn: PageText, gaps: CoverageCounts): string {
  const search = `<form class="filters" method="get" action="/dashboard/wie" role="search">` +
    `<label>${esc(tn('dashboard_search_title'))}<input type="search" name="q" maxlength="100" placeholder="${esc(tn('dashboard_search_label'))}" required></label>` +
    `<button type="submit">${esc(tn('dashboard_search_button'))}</button></form>`;
  return search + renderCoverageFigure(tn, gaps);
}

export function renderCoverageFigure(tn: PageText, gaps: CoverageCounts): string {
  // Not a contact status: a level with gaps (■, red) or none (●, green), the count in words beside it.
  const perLevel = LEVELS.map((l) => {
    const gap = gaps.perLevel[l] > 0;
    return `<span class="cell ${gap ? 'coverage-gap' : 'coverage-ok'}" data-level="${l}"><span class="shape" aria-hidden="true">${gap ? '■' : '●'}</span> ${esc(tn(`level.${l}`))}: ${gaps.perLevel[l]}</span>`;
  }).join(' ');
  return `<h2>${esc(tn('dashboard_coverage_title'))}</h2><p>${esc(tn('dashboard_coverage_figure', { count: gaps.total }))} ${perLevel} ` +
    `<a href="/dashboard/dekking">${esc(tn('dashboard_coverage_link'))}</a></p>`;
}

export function renderCoverageBody(tn: PageText, gaps: CoverageGap[], counts: CoverageCounts): string {
  if (gaps.length === 0) return `<p>${esc(tn('dashboard_coverage_none'))}</p>`;
  return renderCoverageFigure(tn, counts).replace(/<h2>.*?<\/h2>/, '') + `<p class="muted">${esc(tn('dashboard_coverage_hint'))}</p><table><thead><tr><th scope="col">${esc(tn('dashboard_col_partner'))}</th>` +
    `<th scope="col">${esc(tn('dashboard_col_category'))}</th><th scope="col">${esc(tn('dashboard_col_missing'))}</th></tr></thead><tbody>` +
    gaps.map((g) => `<tr data-partner="${esc(g.partnerName)}"><th scope="row"><a href="/dashboard/partners/${esc(g.partnerId)}">${esc(g.partnerName)}</a></th>` +
      `<td>${esc(g.categoryName)}</td><td>${esc(g.missing.map((l) => tn(`level.${l}`)).join(', '))}</td></tr>`).join('') + `</tbody></table>` +
    (counts.total > gaps.length ? `<p class="muted">${esc(tn('coverage_more', { count: counts.total - gaps.length }))}</p>` : '');
}

/** What the partner page adds from the briefing: needed levels, last contact by whom, commitments, successes. */
export function renderBriefingSections(tn: PageText, b: PartnerBriefingData, now: Date): string {
  const levels = LEVELS.map((l) => {
    const owned = b.owners.some((o) => o.level === l);
    const last = b.lastContacts.find((c) => c.level === l);
    const gap = b.requiredLevels.includes(l) && !owned ? ` <strong>${esc(tn('briefing_gap'))}</strong>` : '';
    const when = last ? esc(tn('dashboard_last_contact', { days: days(last.at, now) ?? 0, who: last.byName ?? '—' })) : esc(tn('dashboard_never'));
    return `<li data-level="${l}">${esc(tn(`level.${l}`))}: ${when}${gap}</li>`;
  }).join('');
  const list = (items: string[]) => (items.length ? `<ul>${items.join('')}</ul>` : `<p class="muted">${esc(tn('briefing_none'))}</p>`);
  return `<h2>${esc(tn('dashboard_briefing_levels'))}</h2><ul>${levels}</ul>` +
    `<h2>${esc(tn('dashboard_briefing_commitments'))}</h2>` + list(b.openCommitments.map((c) => `<li>${esc(c.text)} <span class="muted">— ${esc(c.staffName)}${c.dueDate ? ` (${esc(c.dueDate)})` : ''}</span></li>`)) +
    `<h2>${esc(tn('dashboard_briefing_successes'))}</h2>` + list(b.recentSuccesses.map((s) => `<li>${esc(s.title)} <span class="muted">— ${esc(s.authorName)}</span></li>`));
}
