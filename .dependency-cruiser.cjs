// The layering of docs/architecture.md, checked by `npm run lint` (scripts/check-layers.ts).
// Paths are repository paths. The inner layers (core, domain, bot, features, register)
// stay free of platforms and infrastructure; only main wires adapters in; no cycles.
// Allowed exceptions to "only main imports an adapter": test/, bench/, examples/ and
// scripts/teams-package.ts (they start an adapter the way main does).
const INNER = '^src/(core|domain|bot|features|register)/';
const NPM = '(^|/)node_modules/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'inner-no-platform-sdk',
      comment: 'core/domain/bot/features/register speak the neutral vocabulary; adapters translate.',
      severity: 'error',
      from: { path: INNER },
      to: { path: `${NPM}(@slack|@microsoft)/|^(@slack|@microsoft)/` },
    },
    {
      name: 'inner-no-prisma',
      comment: 'Only src/store talks to the database; the inner layers declare ports.',
      severity: 'error',
      from: { path: INNER },
      to: { path: `${NPM}(@prisma|\\.prisma|prisma|pg|@electric-sql)/|^(@prisma/|pg$)|^src/store/` },
    },
    {
      name: 'inner-no-express',
      severity: 'error',
      from: { path: INNER },
      to: { path: `${NPM}(express|@types/express)/|^express$` },
    },
    {
      name: 'inner-no-node-cron',
      comment: 'Jobs are data; src/schedules is the only node-cron import.',
      severity: 'error',
      from: { path: INNER },
      to: { path: `${NPM}node-cron/|^node-cron$` },
    },
    {
      name: 'only-schedules-imports-node-cron',
      severity: 'error',
      from: { pathNot: '^src/schedules/' },
      to: { path: `${NPM}node-cron/|^node-cron$` },
    },
    {
      name: 'inner-no-fs',
      comment: 'Files are read at the edges (prompts, migrations, CSV files) and handed in.',
      severity: 'error',
      from: { path: INNER },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'core-imports-only-core',
      comment: 'src/core is the neutral vocabulary everything else builds on.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src|adapters)/', pathNot: '^src/core/' },
    },
    {
      name: 'domain-imports-only-core',
      comment: 'Pure rules: core types in, results out.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src|adapters)/', pathNot: '^src/(core|domain)/' },
    },
    {
      name: 'bot-below-features',
      comment: 'The Feature contract and dispatcher know no feature; features know the bot.',
      severity: 'error',
      from: { path: '^src/bot/' },
      to: { path: '^(src|adapters)/', pathNot: '^src/(core|domain|bot|register)/' },
    },
    {
      name: 'register-below-features',
      severity: 'error',
      from: { path: '^src/register/' },
      to: { path: '^(src|adapters)/', pathNot: '^src/(core|domain|register)/' },
    },
    {
      name: 'features-not-wiring',
      comment: 'Features are wired by src/app and main; they never reach for the scheduler, outbox worker, dashboard or app.',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: '^(src|adapters)/', pathNot: '^src/(core|domain|bot|register|features)/' },
    },
    {
      name: 'schedules-run-jobs-as-data',
      comment: 'The scheduler gets ScheduledJob[] and a RunClaims port handed in; it knows no feature and no store.',
      severity: 'error',
      from: { path: '^src/schedules/' },
      to: { path: '^(src|adapters)/', pathNot: '^src/(core|domain|schedules)/' },
    },
    {
      name: 'dashboard-gets-stores-from-main',
      comment: 'The dashboard renders what the ports it is handed return; main builds them on the store.',
      severity: 'error',
      from: { path: '^src/dashboard/' },
      to: { path: `^src/store/|${NPM}(@prisma|pg)/` },
    },
    {
      name: 'only-main-imports-adapters',
      comment: 'src/main.ts wires adapters; test/, bench/, examples/ and the Teams packaging script may start one too.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main\\.[cm]?[jt]s$' },
      to: { path: '^adapters/' },
    },
    {
      name: 'no-adapter-imports-another',
      severity: 'error',
      from: { path: '^adapters/([^/]+)/' },
      to: { path: '^adapters/', pathNot: '^adapters/$1/' },
    },
    {
      name: 'adapters-translate-only',
      comment: 'Adapters translate to and from the neutral vocabulary (they may use pure rules and the shared HTTP edge, src/http); everything else is handed in by main.',
      severity: 'error',
      from: { path: '^adapters/' },
      to: { path: '^src/', pathNot: '^src/(core|domain|http)/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: { path: '^(src|adapters|examples)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules|^src/store/generated/' },
    exclude: { path: '(^|/)(data|data-dev|coverage)/' },
  },
};
