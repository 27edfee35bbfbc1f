// The playground's HTML rendering of neutral messages and forms: every block type,
// the markdown subset, and that nothing from a message can become live HTML.
import { describe, expect, it } from 'vitest';
import { renderFormDialog } from '../../../adapters/local/render-form-html.ts';
import { renderMessageHtml, renderRichText } from '../../../adapters/local/render-html.ts';
import { computeClockTarget } from '../../../adapters/local/clock-move.ts';
import { loopbackOnly } from '../../../src/http/loopback.ts';
import { ZMessage } from '../../../src/core/message.ts';

describe('renderRichText', () => {
  it('escapes HTML before applying *bold*, _italic_, links and line breaks', () => {
    expect(renderRichText('<script>alert("x")</script> & *vet* en _schuin_\nregel 2')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <strong>vet</strong> en <em>schuin</em><br>regel 2',
    );
    expect(renderRichText('Zie <https://example.org/a?b=1&c=2|de *kaart*>')).toBe(
      'Zie <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">de *kaart*</a>',
    );
  });

  it('never links javascript: urls and keeps attribute breakers inert', () => {
    expect(renderRichText('<javascript:alert(1)|klik>')).toBe('klik');
    expect(renderRichText('<https://x.org/"onmouseover="alert(1)|x>')).toContain('href="https://x.org/&quot;onmouseover=&quot;alert(1)"');
  });
});

describe('renderMessageHtml', () => {
  const message = ZMessage.parse({
    text: 'fallback',
    blocks: [
      { type: 'header', text: 'RRO week 48 <b>' },
      { type: 'section', text: 'Wat heb je *gedaan*?', accessory: { type: 'button', actionId: 'a.acc', label: 'Formulier', value: 'r1' } },
      { type: 'fields', fields: [{ label: 'Partner', value: '_Het Baken_' }, { label: 'Niveau', value: 'tactisch' }] },
      { type: 'context', text: 'Antwoord vóór 15:00' },
      { type: 'list', items: [{ text: 'Het Baken', status: 'red' }, { text: 'De Zonnebloem', status: 'green' }, { text: 'zonder status' }] },
      {
        type: 'actions',
        elements: [
          { type: 'button', actionId: 'a.go', label: 'Gelogd "nu"', value: '{"p":1}', style: 'primary' },
          { type: 'select', actionId: 'a.sel', placeholder: 'Snooze', options: [{ label: '1 week', value: '7' }] },
          { type: 'select', actionId: 'a.multi', placeholder: 'Partners', multi: true, options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }] },
        ],
      },
      { type: 'image', url: 'https://example.org/p.png', alt: 'grafiek' },
      { type: 'image', url: 'javascript:alert(1)', alt: 'geen plaatje' },
      { type: 'divider' },
    ],
  });
  const html = renderMessageHtml(message, { messageRef: 'L-7', statusLabels: { green: 'op tijd', yellow: 'let op', red: 'te laat', grey: 'nooit' } });

  it('renders every block type', () => {
    expect(html).toContain('<h3 class="pg-header">RRO week 48 &lt;b&gt;</h3>');
    expect(html).toContain('<p>Wat heb je <strong>gedaan</strong>?</p>');
    expect(html).toContain('data-action-id="a.acc" data-value="r1" data-message-ref="L-7">Formulier</button>');
    expect(html).toContain('<dt>Partner</dt><dd><em>Het Baken</em></dd>');
    expect(html).toContain('<p class="pg-context"><small>Antwoord vóór 15:00</small></p>');
    expect(html).toContain('<span class="pg-dot pg-dot-red" aria-hidden="true">🔴</span><span class="pg-sr">te laat: </span>Het Baken');
    expect(html).toContain('<li>zonder status</li>');
    expect(html).toContain('class="pg-btn pg-btn-primary" data-action-id="a.go" data-value="{&quot;p&quot;:1}"');
    expect(html).toContain('>Gelogd &quot;nu&quot;</button>');
    expect(html).toMatch(/<label class="pg-sr" for="sel-L-7-\d+">Snooze<\/label><select id="sel-L-7-\d+" class="pg-select" data-action-id="a.sel"/);
    expect(html).toMatch(/<select id="(sel-L-7-\d+)" class="pg-select" multiple size="2">.*data-select-for="\1" data-action-id="a.multi"/);
    expect(html).toContain('<img class="pg-image" src="https://example.org/p.png" alt="grafiek" loading="lazy">');
    expect(html).toContain('<small>geen plaatje</small>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<hr class="pg-divider">');
  });

  it('falls back to the text when there are no blocks, and renders a <script> message inert', () => {
    const out = renderMessageHtml({ text: '<script>document.title="pwned"</script><img src=x onerror=alert(1)>', blocks: [] });
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('renderFormDialog', () => {
  it('renders labelled inputs of every type with error slots, escaping labels', () => {
    const html = renderFormDialog(
      {
        formId: 'checkin-answer',
        title: 'Check-in <week>',
        submitLabel: 'Versturen',
        context: 'r1',
        inputs: [
          { id: 'done', type: 'textarea', label: 'Gedaan', required: true, initial: 'a</textarea><script>' },
          { id: 'when', type: 'date', label: 'Wanneer', required: false },
          { id: 'who', type: 'text', label: 'Wie', required: true, maxLength: 80, placeholder: 'naam' },
          { id: 'cat', type: 'select', label: 'Rubriek', required: true, options: [{ label: 'A', value: 'a' }], initial: 'a' },
          { id: 'ps', type: 'multiselect', label: 'Partners', required: false, options: [{ label: 'X', value: 'x' }, { label: 'Y', value: 'y' }], initial: ['y'] },
        ],
      },
      { close: 'Sluiten' },
    );
    expect(html).toContain('<h2 id="pg-form-title">Check-in &lt;week&gt;</h2>');
    expect(html).toContain('<label for="pg-f-done">Gedaan</label><textarea id="pg-f-done" name="done" rows="4" required');
    expect(html).toContain('>a&lt;/textarea&gt;&lt;script&gt;</textarea>');
    expect(html).toContain('<input type="date" id="pg-f-when" name="when" value=""');
    expect(html).toContain('maxlength="80"');
    expect(html).toContain('<option value="a" selected>A</option>');
    expect(html).toContain('<legend>Partners</legend>');
    expect(html).toContain('value="y" checked> Y</label>');
    expect(html).toContain('<p class="pg-error" id="pg-f-who-err" role="alert"></p>');
    expect(html).toContain('data-form-close>Sluiten</button>');
  });
});

describe('playground clock and guard', () => {
  it('moves to the next Monday 09:00 / Tuesday 09:30 in Amsterdam and never backwards', () => {
    const monday0800 = new Date('2026-11-23T07:00:00Z');
    expect(computeClockTarget({ action: 'next-monday-0900' }, monday0800, 'Europe/Amsterdam').toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(computeClockTarget({ action: 'next-monday-0900' }, new Date('2026-11-23T08:00:00Z'), 'Europe/Amsterdam').toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(computeClockTarget({ action: 'next-tuesday-0930' }, monday0800, 'Europe/Amsterdam').toISOString()).toBe('2026-11-24T08:30:00.000Z');
    // Across the DST change a day is a calendar day, not 24 hours.
    expect(computeClockTarget({ action: 'plus-day' }, new Date('2026-03-28T08:00:00Z'), 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(() => computeClockTarget({ action: 'set', at: new Date('2026-01-01T00:00:00Z') }, monday0800, 'Europe/Amsterdam')).toThrow(/kan niet terug/);
  });

  it('refuses callers that are not on this machine (socket address and Host header)', () => {
    const run = (address: string, host: string) => {
      let status = 200;
      let nextCalled = false;
      const res = { status: (s: number) => ((status = s), res), type: () => res, send: () => res };
      loopbackOnly('alleen lokaal')({ socket: { remoteAddress: address }, headers: { host } } as never, res as never, () => void (nextCalled = true));
      return [status, nextCalled];
    };
    expect(run('192.168.1.20', 'localhost:3000')).toEqual([403, false]);
    expect(run('127.0.0.1', 'evil.example:3000')).toEqual([403, false]);
    expect(run('127.0.0.1', 'localhost:3000')).toEqual([200, true]);
  });
});
