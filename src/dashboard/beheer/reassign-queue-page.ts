// /dashboard/beheer/wachtrij: the "niet (meer) mijn partner" answers whose assignment
// is still in place, each with a one-click reassign to the suggested colleague, a
// choice of someone else, and "toch laten staan".
import { esc } from '../html.ts';
import type { BeheerText } from './admin-access.ts';
import { csrfField } from './admin-form.ts';
import type { QueueRow, StaffChoice } from './register-admin-ports.ts';

export const QUEUE_URL = '/dashboard/beheer/wachtrij';

export interface QueueItemView { row: QueueRow; suggestion: StaffChoice | null; others: StaffChoice[] }

export function renderQueuePage(tx: BeheerText, csrf: string, items: QueueItemView[], timeZone: string): string {
  const date = (d: Date) => d.toLocaleDateString('nl-NL', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  if (items.length === 0) return `<p>${esc(tx('queue_empty'))}</p><p><a href="/dashboard/beheer/toewijzingen">${esc(tx('nav_assignments'))}</a></p>`;
  const cards = items.map(({ row, suggestion, others }, i) => {
    const action = `${QUEUE_URL}/${row.nudgeId}`;
    const heading = tx('queue_item', { person: row.staffName, partner: row.partnerName, level: tx(`level_${row.level}`) });
    return `<section class="card" aria-labelledby="q-${i}"><h3 id="q-${i}">${esc(heading)}</h3>` +
      `<p class="muted">${esc(tx('queue_answered', { date: date(row.answeredAt) }))}</p>` +
      (suggestion
        ? `<form method="post" action="${action}/toewijzen">${csrfField(csrf)}<input type="hidden" name="toStaffId" value="${suggestion.id}">` +
          `<button class="primary" type="submit">${esc(tx('queue_reassign_to', { name: suggestion.name, count: suggestion.partnerCount }))}</button></form>`
        : `<p>${esc(tx('queue_no_suggestion'))}</p>`) +
      (others.length > 0
        ? `<form method="post" action="${action}/toewijzen">${csrfField(csrf)}` +
          `<label for="q-${i}-to">${esc(tx('queue_other_label'))}</label> <select id="q-${i}-to" name="toStaffId" required>` +
          `<option value="">${esc(tx('choose_colleague'))}</option>` +
          others.map((p) => `<option value="${p.id}">${esc(tx('person_option', { name: p.name, count: p.partnerCount }))}</option>`).join('') +
          `</select> <button type="submit">${esc(tx('reassign_button'))}</button></form>`
        : '') +
      `<form method="post" action="${action}/laten-staan">${csrfField(csrf)}<button type="submit">${esc(tx('queue_keep', { person: row.staffName }))}</button></form></section>`;
  }).join('');
  return `<p>${esc(tx('queue_intro'))}</p><div class="cards">${cards}</div>`;
}
