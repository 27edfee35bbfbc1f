// The tolerant keys moved to src/domain (the register's import rules use them too).
export { toCompareKey, toHeaderKey } from '../domain/compare-key.ts';
