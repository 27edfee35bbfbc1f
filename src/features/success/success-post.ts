// The celebration post: who, with which partner(s), the story, thanks and slaagfactoren.
import type { Message } from '../../core/message.ts';
import type { Language, Translate } from '../../core/i18n/translator.ts';

export interface SuccessPostInput {
  title: string;
  story: string;
  authorName: string;
  partnerNames: string[];
  thankedNames: string[];
  tags: string[];
}

export function buildSuccessPost(t: Translate, lang: Language, s: SuccessPostInput): Message {
  const partners = s.partnerNames.join(', ');
  const headline = s.partnerNames.length > 0
    ? t(lang, 'success.post_by_with', { author: s.authorName, partners })
    : t(lang, 'success.post_by', { author: s.authorName });
  const details = [
    ...(s.thankedNames.length > 0 ? [{ label: t(lang, 'success.post_thanks_label'), value: s.thankedNames.join(', ') }] : []),
    ...(s.tags.length > 0 ? [{ label: t(lang, 'success.post_tags_label'), value: s.tags.join(', ') }] : []),
  ];
  return {
    text: `${t(lang, 'success.post_header', { title: s.title })} — ${headline}`,
    blocks: [
      { type: 'header', text: t(lang, 'success.post_header', { title: s.title }) },
      { type: 'section', text: headline },
      { type: 'section', text: s.story },
      ...(details.length > 0 ? [{ type: 'fields' as const, fields: details }] : []),
      { type: 'context', text: t(lang, 'success.post_footer') },
    ],
  };
}
