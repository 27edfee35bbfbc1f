// Imported first by every Slack test and the Slack bench: the loopback-only guard,
// and no real Slack credentials leaking in from a developer's shell.
import '../../support/no-network.ts';

for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL']) delete process.env[name];
