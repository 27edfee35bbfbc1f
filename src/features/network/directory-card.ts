// The directory answer as a neutral card: colleagues (with a mention to message them
// on this platform, their work e-mail and phone, the partners they know), then the
// partners' contact persons; an empty answer suggests related topics or the lead.
import type { Block, Message } from '../../core/message.ts';
import { personMention } from '../../core/mention.ts';
import type { ColleagueCard } from './network-ports.ts';
import type { DirectoryAnswer, DirectoryColleague, DirectoryContactPerson } from './find-people.ts';

type T = (key: string, values?: Record<string, string | number>) => string;
/** Profile texts are cut here in the chat card; the dashboard shows them whole. */
const ABOUT_SHOWN = 160;

export function buildDirectoryCard(t: T, answer: DirectoryAnswer, now: Date, leads: ColleagueCard[]): Message {
  const title = t('network.who_title', { topic: answer.topic });
  const blocks: Block[] = [{ type: 'header', text: title }];
  if (answer.colleagues.length > 0) {
    blocks.push({ type: 'section', text: t('network.who_colleagues') });
    blocks.push({ type: 'list', items: answer.colleagues.map((c) => ({ text: colleagueLine(t, c, now) })) });
  }
  if (answer.contactPersons.length > 0) {
    blocks.push({ type: 'section', text: t('network.who_contact_persons') });
    blocks.push({ type: 'list', items: answer.contactPersons.map((c) => ({ text: contactPersonLine(t, c) })) });
  }
  if (answer.colleagues.length === 0 && answer.contactPersons.length === 0) {
    blocks.push({ type: 'section', text: t('network.who_none', { topic: answer.topic }) });
    if (answer.related.length > 0) blocks.push({ type: 'section', text: t('network.who_related', { topics: answer.related.join(', '), first: answer.related[0]! }) });
    const names = leads.map((l) => nameOf(l)).join(', ');
    blocks.push({ type: 'context', text: names ? t('network.who_ask_lead', { leads: names }) : t('network.who_ask_lead_unknown') });
  }
  return { text: title, blocks };
}

export function nameOf(c: ColleagueCard): string {
  return c.platformUserId ? personMention(c.platformUserId, c.name) : `*${c.name}*`;
}

export function reachLine(t: T, email: string | null, phone: string | null): string {
  return [email ? t('network.email', { email }) : '', phone ? t('network.phone', { phone }) : ''].filter(Boolean).join(' · ');
}

export function whenText(t: T, at: Date | null, now: Date): string {
  if (!at) return t('common.never');
  return t('common.days_ago', { days: Math.max(0, Math.floor((now.getTime() - at.getTime()) / 86_400_000)) });
}

function colleagueLine(t: T, c: DirectoryColleague, now: Date): string {
  const lines = [nameOf(c)];
  const about = [
    c.expertise.length > 0 ? t('network.expertise', { tags: c.expertise.join(', ') }) : '',
    c.worksAlsoFor.length > 0 ? t('network.works_also_for', { organisations: c.worksAlsoFor.join(', ') }) : '',
  ].filter(Boolean).join(' · ');
  if (about) lines.push(about);
  if (c.about) lines.push(`_${c.about.length > ABOUT_SHOWN ? `${c.about.slice(0, ABOUT_SHOWN - 1)}…` : c.about}_`);
  for (const tie of c.ties.slice(0, 3)) {
    lines.push(t('network.tie', { partner: tie.partnerName, level: t(`common.level.${tie.level}`), owner: String(tie.owner), when: whenText(t, tie.lastContactAt, now) }));
  }
  const reach = reachLine(t, c.email, c.phone);
  if (reach) lines.push(reach);
  return lines.join('\n');
}

function contactPersonLine(t: T, c: DirectoryContactPerson): string {
  const head = t('network.contact_person', { name: c.name, title: c.jobTitle ? ` (${c.jobTitle})` : '', partner: c.partnerName, level: t(`common.level.${c.level}`) });
  const lines = [head];
  if (c.expertise.length > 0) lines.push(t('network.expertise', { tags: c.expertise.join(', ') }));
  const reach = reachLine(t, c.email, c.phone);
  if (reach) lines.push(reach);
  else if (!c.detailsVisible) lines.push(t('network.contact_details_via_colleague', { partner: c.partnerName }));
  return lines.join('\n');
}
