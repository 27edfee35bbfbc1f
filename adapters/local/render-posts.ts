// The main column of the playground: root posts with their threads (reply box,
// edit own reply, 👍) and the person's ephemeral notes.
import { DateTime } from 'luxon';
import type { LapseStatus } from '../../src/core/register-types.ts';
import { escapeHtml, renderMessageHtml, renderRichText } from './render-html.ts';
import type { PlaygroundView, ViewMessage } from './playground-view.ts';

export type Say = (key: string, values?: Record<string, string | number>) => string;

export interface PostContext {
  say: Say;
  lang: string;
  zone: string;
  staffId: string;
  statusLabels: Record<LapseStatus, string>;
}

export function formatTime(iso: string, ctx: Pick<PostContext, 'lang' | 'zone'>): string {
  return DateTime.fromISO(iso, { zone: ctx.zone }).setLocale(ctx.lang === 'en' ? 'en-GB' : 'nl-NL').toFormat('ccc d LLL HH:mm');
}

function body(m: ViewMessage, ctx: PostContext): string {
  return m.authorStaffId
    ? `<div class="pg-message"><p>${renderRichText(m.message.text)}</p></div>`
    : renderMessageHtml(m.message, { messageRef: m.ref, statusLabels: ctx.statusLabels });
}

function meta(m: ViewMessage, ctx: PostContext): string {
  const edited = m.edited ? ` <span class="pg-edited">${escapeHtml(ctx.say('edited'))}</span>` : '';
  const who = m.authorStaffId ? escapeHtml(m.author) : `<span class="pg-bot">${escapeHtml(m.author)}</span>`;
  return `<p class="pg-meta"><strong>${who}</strong> <time datetime="${escapeHtml(m.at)}">${escapeHtml(formatTime(m.at, ctx))}</time>${edited}</p>`;
}

function reactions(m: ViewMessage, ctx: PostContext): string {
  const thumbs = m.reactions.filter((r) => r.reaction === '+1');
  const names = thumbs.map((r) => r.name).join(', ');
  return `<div class="pg-reactions"><button type="button" class="pg-btn pg-react" data-react="${escapeHtml(m.ref)}" aria-label="${escapeHtml(ctx.say('react_label'))}"${names ? ` title="${escapeHtml(names)}"` : ''}>👍 ${thumbs.length || ''}</button></div>`;
}

function renderReply(m: ViewMessage, ctx: PostContext): string {
  const own = m.authorStaffId === ctx.staffId;
  const id = `pg-edit-${escapeHtml(m.ref)}`;
  const edit = own
    ? `<button type="button" class="pg-btn pg-link" data-edit="${escapeHtml(m.ref)}">${escapeHtml(ctx.say('edit'))}</button>
<form class="pg-edit" data-edit-form="${escapeHtml(m.ref)}" hidden><label for="${id}">${escapeHtml(ctx.say('edit_label'))}</label><textarea id="${id}" name="text" rows="3">${escapeHtml(m.message.text)}</textarea><button type="submit" class="pg-btn pg-btn-primary">${escapeHtml(ctx.say('save'))}</button></form>`
    : '';
  return `<article class="pg-reply${m.authorStaffId ? '' : ' pg-from-bot'}" id="m-${escapeHtml(m.ref)}">${meta(m, ctx)}${body(m, ctx)}${edit}${reactions(m, ctx)}</article>`;
}

export function renderPost(m: ViewMessage, channelRef: string | null, ctx: PostContext): string {
  const replyId = `pg-reply-${escapeHtml(m.ref)}`;
  const thread =
    channelRef === null
      ? ''
      : `<section class="pg-thread" aria-label="${escapeHtml(ctx.say('thread_label'))}">
${m.thread.length ? `<p class="pg-thread-count">${escapeHtml(ctx.say('replies_count', { count: m.thread.length }))}</p>` : ''}
${m.thread.map((r) => renderReply(r, ctx)).join('\n')}
<form class="pg-reply-form" data-channel-ref="${escapeHtml(channelRef)}" data-thread-ref="${escapeHtml(m.ref)}"><label for="${replyId}">${escapeHtml(ctx.say('reply_label'))}</label><textarea id="${replyId}" name="text" rows="2"></textarea><button type="submit" class="pg-btn pg-btn-primary">${escapeHtml(ctx.say('reply_send'))}</button></form>
</section>`;
  return `<article class="pg-post${m.authorStaffId ? '' : ' pg-from-bot'}" id="m-${escapeHtml(m.ref)}">${meta(m, ctx)}${body(m, ctx)}${reactions(m, ctx)}${thread}</article>`;
}

export function renderEphemerals(view: PlaygroundView, ctx: PostContext): string {
  const items = view.ephemerals
    .map(
      (e) => `<article class="pg-eph" id="m-${escapeHtml(e.ref)}"><p class="pg-meta">${escapeHtml(ctx.say('only_you'))} · <time datetime="${escapeHtml(e.at)}">${escapeHtml(formatTime(e.at, ctx))}</time></p>${renderMessageHtml(e.message, { messageRef: e.ref, statusLabels: ctx.statusLabels })}</article>`,
    )
    .join('\n');
  return `<section class="pg-ephemerals" aria-label="${escapeHtml(ctx.say('only_you'))}" aria-live="polite">${items}</section>`;
}
