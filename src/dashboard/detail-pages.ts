// The partner page and the person page: status per level, who owns what, the
// timeline, open commitments and the check-in answers history.
import type { PartnerDetail, PersonDetail } from './dashboard-query-ports.ts';
import { esc, type PageText } from './html.ts';
import { renderStatusCell } from './status-cell.ts';
import { weekLabelHtml } from './week-label.ts';

export function renderPartnerBody(tx: PageText, p: PartnerDetail, lang: string, canSeePerson: (id: string) => boolean): string {
  const fmt = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });
  const facts = `<p class="muted">${esc(p.categoryName ?? tx('no_category'))}${p.sector ? ` · ${esc(p.sector)}` : ''}${p.region ? ` · ${esc(p.region)}` : ''}</p>`;
  const levels = `<table><thead><tr><th scope="col">${esc(tx('col_level'))}</th><th scope="col">${esc(tx('col_status'))}</th><th scope="col">${esc(tx('col_contacts'))}</th><th scope="col">${esc(tx('col_owners'))}</th></tr></thead><tbody>` +
    p.levels.map((l) => {
      const contacts = p.contacts.filter((c) => c.level === l.level).map((c) => `${esc(c.name)}${c.jobTitle ? ` <span class="muted">(${esc(c.jobTitle)})</span>` : ''}`);
      const owners = p.owners.filter((o) => o.level === l.level).map((o) =>
        `${canSeePerson(o.staffId) ? `<a href="/dashboard/mensen/${esc(o.staffId)}">${esc(o.staffName)}</a>` : esc(o.staffName)} <span class="muted">(${esc(tx(`kind_${o.kind}`))})</span>`);
      return `<tr><th scope="row">${esc(tx(`level_${l.level}`))}</th><td data-level="${l.level}">${renderStatusCell(tx, l.status, l.days, tx(`level_${l.level}`))}</td>` +
        `<td>${contacts.join('<br>') || '—'}</td><td>${owners.join('<br>') || '—'}</td></tr>`;
    }).join('') + `</tbody></table>`;
  const timeline = p.timeline.length === 0 ? `<p>${esc(tx('timeline_empty'))}</p>` :
    `<table><thead><tr><th scope="col">${esc(tx('col_date'))}</th><th scope="col">${esc(tx('col_what'))}</th><th scope="col">${esc(tx('col_level'))}</th><th scope="col">${esc(tx('col_who'))}</th><th scope="col">${esc(tx('col_note'))}</th></tr></thead><tbody>` +
    p.timeline.map((e) => `<tr><td>${esc(fmt.format(e.at))}</td><td>${esc(tx(`timeline_${e.kind}`))}</td><td>${e.level ? esc(tx(`level_${e.level}`)) : ''}</td>` +
      `<td>${esc(e.who ?? '')}</td><td>${esc(e.text)}</td></tr>`).join('') + `</tbody></table>`;
  return facts + `<h2>${esc(tx('partner_levels'))}</h2>${levels}<h2>${esc(tx('partner_timeline'))}</h2>${timeline}` +
    `<p class="export"><a href="/dashboard/partners/${esc(p.id)}/export.csv">${esc(tx('export_csv'))}</a></p>`;
}

/** `closeWith`: on one's own page, each commitment gets done / next week / drop buttons (POST with this CSRF token). */
export function renderPersonBody(tx: PageText, p: PersonDetail, closeWith?: { csrf: string; label: (state: string) => string }): string {
  const facts = `<p class="muted">${esc(tx(`role_${p.role}`))}${p.teamNames.length ? ` · ${esc(p.teamNames.join(', '))}` : ''}</p>`;
  const partners = p.partners.length === 0 ? `<p>${esc(tx('person_no_partners'))}</p>` :
    `<table><thead><tr><th scope="col">${esc(tx('col_partner'))}</th><th scope="col">${esc(tx('col_category'))}</th><th scope="col">${esc(tx('col_level'))}</th><th scope="col">${esc(tx('col_status'))}</th></tr></thead><tbody>` +
    p.partners.map((a) => `<tr><th scope="row"><a href="/dashboard/partners/${esc(a.partnerId)}">${esc(a.partnerName)}</a></th><td>${esc(a.categoryName ?? tx('no_category'))}</td>` +
      `<td>${esc(tx(`level_${a.level}`))}</td><td>${renderStatusCell(tx, a.status, a.daysSince, a.partnerName)}</td></tr>`).join('') + `</tbody></table>`;
  const commitments = p.commitments.length === 0 ? `<p>${esc(tx('person_no_commitments'))}</p>` :
    `<ul>` + p.commitments.map((c) => `<li>${esc(c.text)}${c.partnerName ? ` <span class="muted">(${esc(c.partnerName)})</span>` : ''}` +
      (closeWith ? renderCloseForm(c.id, closeWith) : '') + `</li>`).join('') + `</ul>`;
  const answers = p.answers.length === 0 ? `<p>${esc(tx('person_no_answers'))}</p>` :
    `<table><thead><tr><th scope="col">${esc(tx('col_week'))}</th><th scope="col">${esc(tx('col_done'))}</th><th scope="col">${esc(tx('col_planned'))}</th></tr></thead><tbody>` +
    p.answers.map((a) => `<tr><td>${weekLabelHtml(tx, a.periodKey)}</td><td>${esc(a.done)}</td><td>${esc(a.planned)}</td></tr>`).join('') + `</tbody></table>`;
  return facts + `<p><a href="/dashboard/plan?staff=${esc(p.id)}">${esc(tx('person_plan'))}</a></p>` + `<h2>${esc(tx('person_partners'))}</h2>${partners}` +
    `<p class="export"><a href="/dashboard/mensen/${esc(p.id)}/export.csv">${esc(tx('export_csv'))}</a></p>` +
    `<h2>${esc(tx('person_commitments'))}</h2>${commitments}<h2>${esc(tx('person_answers'))}</h2>${answers}`;
}

function renderCloseForm(id: string, w: { csrf: string; label: (state: string) => string }): string {
  return ` <form class="close-commitment" method="post" action="/dashboard/afspraken/${esc(id)}"><input type="hidden" name="csrf" value="${esc(w.csrf)}">` +
    ['done', 'moved', 'dropped'].map((s) => `<button type="submit" name="state" value="${s}">${esc(w.label(s))}</button>`).join(' ') + `</form>`;
}

export function renderChooserBody(tx: PageText, people: { id: string; name: string; role: string; teamNames: string[] }[]): string {
  return `<p>${esc(tx('chooser_intro'))}</p><ul>` + people.map((p) =>
    `<li><a href="/dashboard/as?staff=${esc(p.id)}">${esc(p.name)}</a> <span class="muted">(${esc(tx(`role_${p.role}`))}${p.teamNames.length ? ` · ${esc(p.teamNames.join(', '))}` : ''})</span></li>`).join('') + `</ul>`;
}

export function renderMessageBody(lines: string[]): string {
  return lines.map((l) => `<p>${esc(l)}</p>`).join('');
}
