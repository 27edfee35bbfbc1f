// The digest's figures as sentences in one language: shared by the chat message, the
// e-mail and the printable page, so they never say different things.
import { DateTime } from 'luxon';
import type { Language } from '../../core/i18n/translator.ts';
import type { DigestFigures, Ratio } from './digest-figures.ts';

export type DigestText = (key: string, values?: Record<string, string | number>) => string;

export interface DigestDescription {
  title: string;
  monthName: string;
  coverage: string[];
  participation: string;
  commitments: string;
  goals: string;
  collaborations: string[];
  successes: string[];
}

const MAX_SUCCESSES = 20;

export function describeDigest(t: DigestText, lang: Language, f: DigestFigures): DigestDescription {
  const monthName = DateTime.fromFormat(f.month, 'yyyy-MM').setLocale(lang === 'en' ? 'en-GB' : 'nl-NL').toFormat('LLLL yyyy');
  const pct = (r: Ratio) => (r.percent === null ? t('digest.no_data') : `${r.percent}%`);
  const change = (n: number | null) => (n === null ? t('digest.change_unknown') : n === 0 ? t('digest.change_same') : n > 0 ? t('digest.change_up', { points: n }) : t('digest.change_down', { points: -n }));
  const mean = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const shown = f.successes.slice(0, MAX_SUCCESSES);
  return {
    title: t('digest.title', { month: monthName }),
    monthName,
    coverage: f.coverage.map((c) => t('digest.coverage_line', { level: t(`common.level.${c.level}`), percent: pct(c), part: c.part, whole: c.whole, change: change(c.change) })),
    participation: t('digest.participation_line', { percent: pct(f.participation), part: f.participation.part, whole: f.participation.whole }),
    commitments: t('digest.commitments_line', { percent: pct(f.commitments), part: f.commitments.part, whole: f.commitments.whole }),
    goals: f.goals === null ? t('digest.goals_none')
      : t('digest.goals_line', { percent: pct(f.goals.onCourse), part: f.goals.onCourse.part, whole: f.goals.total, behind: f.goals.behind, adjust: f.goals.adjust, none: f.goals.noProgress }),
    collaborations: f.collaborations.length === 0 ? [t('digest.collaborations_none')]
      : f.collaborations.map((c) => (c.weakestFactor === null || c.weakestMean === null
        ? t('digest.collaboration_no_factor', { name: c.name, respondents: c.respondents })
        : t('digest.collaboration_line', { name: c.name, respondents: c.respondents, factor: c.weakestFactor, mean: mean(c.weakestMean) }))),
    successes: f.successes.length === 0 ? [t('digest.successes_none')] : [
      ...shown.map((s) => (s.partnerNames.length > 0
        ? t('success.digest_item_with', { title: s.title, author: s.authorName, partners: s.partnerNames.join(', ') })
        : t('success.digest_item', { title: s.title, author: s.authorName }))),
      ...(f.successes.length > shown.length ? [t('success.digest_more', { count: f.successes.length - shown.length })] : []),
    ],
  };
}
