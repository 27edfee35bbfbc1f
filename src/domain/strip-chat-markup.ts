// Chat platforms send formatted text (Slack mrkdwn: *bold*, _italic_, <@U123>, &amp;).
// Domain rules that read what people wrote want the plain words.

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/**
 * Plain text from Slack-style markup. Mentions keep their label or id ('<@U123>' →
 * '@U123', '<#C1|rro>' → '#rro'), links keep their label, emphasis markers go.
 * Line structure and list bullets ('* item') stay, because parsers rely on them.
 */
export function stripChatMarkup(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/<([@#!])([^>|]+)(?:\|([^>]*))?>/g, (_all, sigil: string, id: string, label?: string) =>
      renderReference(sigil, id, label),
    )
    .replace(/<([^>|\s]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto|tel):[^>\s]+)>/g, '$1')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/(^|[^\p{L}\p{N}*])\*(?!\s)([^*\n]+?)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?!\s)([^_\n]+?)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}~])~(?!\s)([^~\n]+?)~(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1');
}

function renderReference(sigil: string, id: string, label: string | undefined): string {
  if (sigil === '!') return label ? `@${label}` : `@${id.split('^')[0]}`;
  return `${sigil}${label || id}`;
}
