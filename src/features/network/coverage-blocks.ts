// The "dekking per niveau" section of the lead's agenda: the team's partners whose
// rubriek needs a level nobody owns, most important rubriek first.
import type { Block } from '../../core/message.ts';
import type { CoverageGap } from './network-ports.ts';

const MAX_ROWS = 10;
type T = (key: string, values?: Record<string, string | number>) => string;

export function buildCoverageBlocks(t: T, gaps: CoverageGap[]): Block[] {
  if (gaps.length === 0) return [];
  const items = gaps.slice(0, MAX_ROWS).map((g) => ({
    status: 'red' as const,
    text: t('network.coverage_row', { partner: g.partnerName, category: g.categoryName, levels: g.missing.map((l) => t(`common.level.${l}`)).join(', ') }),
  }));
  const blocks: Block[] = [{ type: 'section', text: t('network.coverage_title', { count: gaps.length }) }, { type: 'list', items }];
  if (gaps.length > MAX_ROWS) blocks.push({ type: 'context', text: t('network.coverage_more', { count: gaps.length - MAX_ROWS }) });
  return blocks;
}
