// The directory card rendered by every adapter: Block Kit (Slack), an Adaptive Card
// (Teams) and the playground's HTML, with the colleague mention in each platform's form.
import { describe, expect, it } from 'vitest';
import { renderMessageHtml } from '../../../adapters/local/render-html.ts';
import { renderMessage } from '../../../adapters/slack/render.ts';
import { renderMessageCard } from '../../../adapters/teams/render.ts';
import { ZMessage } from '../../../src/core/message.ts';
import { renderPlainText } from '../../../src/core/plain-text.ts';
import { buildDirectoryCard } from '../../../src/features/network/directory-card.ts';
import type { DirectoryAnswer } from '../../../src/features/network/find-people.ts';
import { loadPrompts } from '../../../src/i18n/load-prompts.ts';
import { createTranslator } from '../../../src/core/i18n/translator.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const translate = createTranslator(loadPrompts());
const t = (key: string, values?: Record<string, string | number>) => translate('nl', key, values);

const answer = (platformUserId: string): DirectoryAnswer => ({
  topic: 'pleegzorg',
  colleagues: [{
    staffId: '00000000-0000-4000-8000-000000000001', name: 'Eva Visser', email: 'eva@zkh.test', phone: '010-1234567', platformUserId,
    expertise: ['pleegzorg'], worksAlsoFor: ['Stichting Pleegzorg Rijnmond'], about: null,
    ties: [{ partnerId: '00000000-0000-4000-8000-000000000002', partnerName: 'Careyn', level: 'tactisch', owner: true, lastContactAt: new Date('2026-11-21T10:00:00Z') }],
  }],
  contactPersons: [{
    id: '00000000-0000-4000-8000-000000000003', partnerId: '00000000-0000-4000-8000-000000000002', partnerName: 'Careyn', name: 'Kees <Pleeg>',
    jobTitle: null, level: 'operationeel', email: null, phone: null, expertise: ['pleegzorg'], score: 1, detailsVisible: false,
  }],
  related: [],
});

describe('the directory card on every adapter', () => {
  it('is a valid neutral message whose plain text names the colleague', () => {
    const message = ZMessage.parse(buildDirectoryCard(t, answer('U0EVA'), NOW, []));
    expect(renderPlainText(message)).toContain('@Eva Visser');
    expect(renderPlainText(message)).toContain('kent Careyn (tactisch, eigenaar) · laatste contact 3 dagen geleden');
  });

  it('Slack: a native user mention, escaped names', () => {
    const rendered = renderMessage(buildDirectoryCard(t, answer('U0EVA'), NOW, []));
    const json = JSON.stringify(rendered);
    expect(json).toContain('<@U0EVA>');
    expect(json).toContain('Kees &lt;Pleeg&gt;');
    expect(rendered).toMatchSnapshot();
  });

  it('Teams: a link that opens a chat with the colleague', () => {
    const card = renderMessageCard(buildDirectoryCard(t, answer('aad-eva-1'), NOW, []));
    expect(JSON.stringify(card)).toContain('[Eva Visser](https://teams.microsoft.com/l/chat/0/0?users=aad-eva-1)');
    expect(card).toMatchSnapshot();
  });

  it('playground: a name tag, with markup kept inert', () => {
    const html = renderMessageHtml(buildDirectoryCard(t, answer('u-eva'), NOW, []));
    expect(html).toContain('<span class="pg-mention" data-person="u-eva">@Eva Visser</span>');
    expect(html).toContain('Kees &lt;Pleeg&gt;');
    expect(html).not.toContain('<Pleeg>');
  });
});
