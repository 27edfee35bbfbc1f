// The "mijn profiel" form: expertise tags, a short free text, werkt ook voor (the
// network organisations besides the employer) and a work phone number. Lists are
// typed comma-separated, which every platform's plain text input supports.
import type { Form } from '../../core/form.ts';
import type { Profile } from './network-ports.ts';

export const PROFILE_FORM_ID = 'network.profile';
export const ABOUT_MAX = 500;
export const TAGS_TEXT_MAX = 600;

export function buildProfileForm(t: (key: string, values?: Record<string, string>) => string, profile: Profile, staffId: string, staffName: string, own: boolean): Form {
  return {
    formId: PROFILE_FORM_ID,
    title: t('network.profile_form_title'),
    submitLabel: t('network.profile_form_submit'),
    context: JSON.stringify({ staffId }),
    inputs: [
      { id: 'expertise', type: 'text', required: false, label: own ? t('network.profile_expertise') : t('network.profile_expertise_of', { name: staffName }), hint: t('network.profile_list_hint'), maxLength: TAGS_TEXT_MAX, initial: profile.expertise.join(', ') },
      { id: 'about', type: 'textarea', required: false, label: t('network.profile_about'), hint: t('network.profile_about_hint'), maxLength: ABOUT_MAX, ...(profile.about ? { initial: profile.about } : {}) },
      { id: 'works_also_for', type: 'text', required: false, label: t('network.profile_works_also_for'), hint: t('network.profile_list_hint'), maxLength: TAGS_TEXT_MAX, initial: profile.worksAlsoFor.join(', ') },
      { id: 'phone', type: 'text', required: false, label: t('network.profile_phone'), maxLength: 40, ...(profile.phone ? { initial: profile.phone } : {}) },
    ],
  };
}
