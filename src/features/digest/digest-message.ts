// The digest as a chat message (blocks with a plain-text fallback) and as an e-mail
// (subject, text and HTML), both from describeDigest, with the link to the printable page.
import type { Message } from '../../core/message.ts';
import type { DigestDescription, DigestText } from './describe-digest.ts';

export function buildDigestMessage(t: DigestText, d: DigestDescription, pageUrl: string): Message {
  const list = (lines: string[]) => ({ type: 'list' as const, items: lines.map((text) => ({ text })) });
  return {
    text: `${d.title}\n${[...d.coverage, d.participation, d.commitments, d.goals].join('\n')}`,
    blocks: [
      { type: 'header', text: d.title },
      { type: 'section', text: t('digest.intro', { url: pageUrl }) },
      { type: 'section', text: `*${t('digest.coverage_heading')}*` },
      list(d.coverage),
      { type: 'fields', fields: [
        { label: t('digest.participation_heading'), value: d.participation },
        { label: t('digest.commitments_heading'), value: d.commitments },
        { label: t('digest.goals_heading'), value: d.goals },
      ] },
      { type: 'section', text: `*${t('digest.collaborations_heading')}*` },
      list(d.collaborations),
      { type: 'section', text: `*${t('digest.successes_heading', { month: d.monthName })}*` },
      list(d.successes),
      { type: 'context', text: t('digest.footer') },
    ],
  };
}

export interface DigestMail { subject: string; text: string; html: string }

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
// Chat markup (*bold*) is not e-mail markup: plain text drops it, HTML makes it <strong>.
const plain = (s: string) => s.replace(/\*([^*\n]+)\*/g, '$1');
const rich = (s: string) => esc(s).replace(/\*([^*\n]+)\*/g, '<strong>$1</strong>');

export function buildDigestMail(t: DigestText, d: DigestDescription, pageUrl: string): DigestMail {
  const sections: [string, string[]][] = [
    [t('digest.coverage_heading'), d.coverage],
    [t('digest.participation_heading'), [d.participation]],
    [t('digest.commitments_heading'), [d.commitments]],
    [t('digest.goals_heading'), [d.goals]],
    [t('digest.collaborations_heading'), d.collaborations],
    [t('digest.successes_heading', { month: d.monthName }), d.successes],
  ];
  const text = [d.title, '', t('digest.mail_link', { url: pageUrl }), '',
    ...sections.flatMap(([h, lines]) => [h, ...lines.map((l) => `- ${plain(l)}`), '']), t('digest.footer')].join('\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1b1f24;max-width:640px">` +
    `<h1 style="font-size:20px">${esc(d.title)}</h1>` +
    `<p><a href="${esc(pageUrl)}">${esc(t('digest.mail_link_label'))}</a></p>` +
    sections.map(([h, lines]) => `<h2 style="font-size:16px;margin-bottom:4px">${esc(h)}</h2><ul>${lines.map((l) => `<li>${rich(l)}</li>`).join('')}</ul>`).join('') +
    `<p style="color:#4a5560;font-size:13px">${esc(t('digest.footer'))}</p></body></html>`;
  return { subject: d.title, text, html };
}
