// Neutral Message → HTML for the playground. Pure. Every piece of text is escaped
// first; only our own markup subset (*bold*, _italic_, <url|label>, line breaks)
// becomes tags, so a message that contains <script> renders as inert text.
import type { Block, Button, Message, Select } from '../../src/core/message.ts';
import type { LapseStatus } from '../../src/core/register-types.ts';

export interface RenderOptions {
  /** Ref of the message, put on its buttons so a click names the message it came from. */
  messageRef?: string;
  /** Spoken/visible names of the status colours (the dot alone is not accessible). */
  statusLabels?: Record<LapseStatus, string>;
}

const DEFAULT_STATUS_LABELS: Record<LapseStatus, string> = {
  green: 'op tijd',
  yellow: 'aandacht nodig',
  red: 'te lang geleden',
  grey: 'nog nooit contact',
};
const STATUS_DOT: Record<LapseStatus, string> = { green: '🟢', yellow: '🟡', red: '🔴', grey: '⚪' };

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url);
}

function inlineMarks(escaped: string): string {
  return escaped
    .replace(/\*([^*\n]+)\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_([^_\n]+)_/g, '$1<em>$2</em>');
}

/** The markdown subset as HTML: links are cut out of the raw text before escaping. */
export function renderRichText(text: string): string {
  const out: string[] = [];
  const link = /<([^|>\s]+)\|([^>]+)>/g;
  let last = 0;
  for (const m of text.matchAll(link)) {
    out.push(inlineMarks(escapeHtml(text.slice(last, m.index))));
    const [, url, label] = m as unknown as [string, string, string];
    // A person mention (<@id|Name>) shows as a name tag; the playground has no profile to open.
    const mention = url.startsWith('@') ? `<span class="pg-mention" data-person="${escapeHtml(url.slice(1))}">@${escapeHtml(label)}</span>` : null;
    out.push(
      mention ?? (isSafeUrl(url)
        ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${escapeHtml(label)}</a>`
        : escapeHtml(label)),
    );
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(inlineMarks(escapeHtml(text.slice(last))));
  return out.join('').replace(/\r?\n/g, '<br>');
}

function dataAttrs(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` data-${k}="${escapeHtml(v!)}"`)
    .join('');
}

function renderButton(b: Button, ref: string | undefined): string {
  const style = b.style ? ` pg-btn-${b.style}` : '';
  return `<button type="button" class="pg-btn${style}"${dataAttrs({ 'action-id': b.actionId, value: b.value, 'message-ref': ref })}>${escapeHtml(b.label)}</button>`;
}

function renderSelect(s: Select, ref: string | undefined, index: number): string {
  const id = `sel-${escapeHtml(ref ?? 'x')}-${index}`;
  const options = s.options.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('');
  const attrs = dataAttrs({ 'action-id': s.actionId, 'message-ref': ref });
  const label = `<label class="pg-sr" for="${id}">${escapeHtml(s.placeholder)}</label>`;
  if (!s.multi) {
    return `${label}<select id="${id}" class="pg-select"${attrs}><option value="">${escapeHtml(s.placeholder)}</option>${options}</select>`;
  }
  // A multi-select reports once, when the person confirms the choice.
  return `<span class="pg-multi">${label}<select id="${id}" class="pg-select" multiple size="${Math.min(5, s.options.length)}">${options}</select><button type="button" class="pg-btn" data-select-for="${id}"${attrs}>${escapeHtml(s.placeholder)} ✓</button></span>`;
}

function renderBlock(block: Block, opts: RenderOptions, index: number): string {
  const ref = opts.messageRef;
  switch (block.type) {
    case 'header':
      return `<h3 class="pg-header">${escapeHtml(block.text)}</h3>`;
    case 'section': {
      const accessory = block.accessory ? `<div class="pg-accessory">${renderButton(block.accessory, ref)}</div>` : '';
      return `<div class="pg-section"><p>${renderRichText(block.text)}</p>${accessory}</div>`;
    }
    case 'fields':
      return `<dl class="pg-fields">${block.fields
        .map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${renderRichText(f.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'context':
      return `<p class="pg-context"><small>${renderRichText(block.text)}</small></p>`;
    case 'list': {
      const labels = opts.statusLabels ?? DEFAULT_STATUS_LABELS;
      const items = block.items.map((item) => {
        const mark = item.status
          ? `<span class="pg-dot pg-dot-${item.status}" aria-hidden="true">${STATUS_DOT[item.status]}</span><span class="pg-sr">${escapeHtml(labels[item.status])}: </span>`
          : '';
        return `<li${item.status ? ` class="pg-status-${item.status}"` : ''}>${mark}${renderRichText(item.text)}</li>`;
      });
      return `<ul class="pg-list">${items.join('')}</ul>`;
    }
    case 'actions':
      return `<div class="pg-actions" role="group">${block.elements
        .map((e, i) => (e.type === 'button' ? renderButton(e, ref) : renderSelect(e, ref, index * 100 + i)))
        .join('')}</div>`;
    case 'image':
      return isSafeUrl(block.url)
        ? `<img class="pg-image" src="${escapeHtml(block.url)}" alt="${escapeHtml(block.alt)}" loading="lazy">`
        : `<p class="pg-context"><small>${escapeHtml(block.alt)}</small></p>`;
    case 'divider':
      return '<hr class="pg-divider">';
  }
}

export function renderMessageHtml(message: Message, opts: RenderOptions = {}): string {
  const blocks: Block[] = message.blocks.length > 0 ? message.blocks : [{ type: 'section', text: message.text }];
  return `<div class="pg-message">${blocks.map((b, i) => renderBlock(b, opts, i)).join('')}</div>`;
}
