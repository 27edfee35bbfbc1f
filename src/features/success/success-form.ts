// The "deel een succes" form: title, story, partners (mine first), colleagues
// to thank and the slaagfactoren it touches.
import type { Form, FormInput } from '../../core/form.ts';
import type { Option } from '../../core/message.ts';

import { SLAAGFACTOREN } from '../../domain/slaagfactoren.ts';

export { SLAAGFACTOREN };
export const TITLE_MAX = 150;
export const STORY_MAX = 3000;

export interface SuccessFormOptions {
  partners: Option[];
  colleagues: Option[];
  context: string;
  initial?: { story?: string; partnerIds?: string[] };
}

export function buildSuccessForm(t: (key: string) => string, opts: SuccessFormOptions): Form {
  const inputs: FormInput[] = [
    { id: 'title', type: 'text', label: t('success.form_title_label'), required: true, placeholder: t('success.form_title_placeholder'), maxLength: TITLE_MAX },
    { id: 'story', type: 'textarea', label: t('success.form_story_label'), required: true, hint: t('success.form_story_hint'), maxLength: STORY_MAX, ...(opts.initial?.story ? { initial: opts.initial.story.slice(0, STORY_MAX) } : {}) },
  ];
  if (opts.partners.length > 0) {
    const known = new Set(opts.partners.map((p) => p.value));
    const initial = (opts.initial?.partnerIds ?? []).filter((id) => known.has(id));
    inputs.push({ id: 'partners', type: 'multiselect', label: t('success.form_partners_label'), required: false, options: opts.partners, ...(initial.length ? { initial } : {}) });
  }
  if (opts.colleagues.length > 0) {
    inputs.push({ id: 'thanks', type: 'multiselect', label: t('success.form_thanks_label'), required: false, options: opts.colleagues.slice(0, 100) });
  }
  inputs.push({ id: 'tags', type: 'multiselect', label: t('success.form_tags_label'), required: false, options: SLAAGFACTOREN.map((f) => ({ label: f, value: f })) });
  return { formId: 'success.share', title: t('success.form_title'), submitLabel: t('success.form_submit'), inputs, context: opts.context };
}
