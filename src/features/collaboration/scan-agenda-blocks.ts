// The "quickscan gesloten" lines of the RRO agenda: rounds closed since the last
// agenda of collaborations owned by a team member, with the weakest factor (from 3).
import type { Block } from '../../core/message.ts';
import { FACTOR_KEYS } from '../../domain/quick-scan-results.ts';
import type { ClosedScanRound } from './collaboration-ports.ts';

type T = (key: string, values?: Record<string, string | number>) => string;

export function buildScanAgendaBlocks(t: T, rounds: ClosedScanRound[]): Block[] {
  if (rounds.length === 0) return [];
  const items = rounds.slice(0, 10).map((r) => ({
    text: r.weakestFactor && r.weakestMean !== null
      ? t('quickscan.agenda_line', { name: r.name, count: r.respondents, factor: t(`quickscan.factor.${FACTOR_KEYS[r.weakestFactor]}`), mean: r.weakestMean.toFixed(1) })
      : t('quickscan.agenda_line_hidden', { name: r.name, count: r.respondents }),
  }));
  return [{ type: 'section', text: `*${t('quickscan.agenda_title')}*` }, { type: 'list', items }];
}
