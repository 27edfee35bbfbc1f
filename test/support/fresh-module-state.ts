// Loaded before every test file (vitest setupFiles). Test files share a worker and its
// modules (isolate: false, see vitest.config.ts), and the demo copies of one `now` share
// their ids: module-level memos must not carry one file's figures into the next.
import { forgetTrends } from '../../src/store/dashboard-trend-query.ts';

forgetTrends();
