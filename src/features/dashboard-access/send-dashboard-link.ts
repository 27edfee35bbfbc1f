// `/rro dashboard`: a single-use login link, valid 15 minutes, sent as a DM so it
// reaches only the person who asked; the ephemeral reply says where to look.
import type { Reply } from '../../core/outbound.ts';
import type { InboundOf } from '../../core/inbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { DashboardAccessPorts } from './dashboard-access-ports.ts';
import { createMagicToken, hashMagicToken } from './magic-token.ts';

export const MAGIC_LINK_MINUTES = 15;

/** `path`: a dashboard page to land on after logging in (default the overview). */
export async function sendDashboardLink(
  turn: Turn<InboundOf<'command' | 'action'>>,
  ports: DashboardAccessPorts,
  publicUrl: string,
  path?: string,
): Promise<Reply[]> {
  const token = createMagicToken();
  const expiresAt = new Date(turn.deps.clock.now().getTime() + MAGIC_LINK_MINUTES * 60_000);
  const url = `${publicUrl.replace(/\/+$/, '')}/dashboard/login?token=${token}${path ? `&next=${encodeURIComponent(path)}` : ''}`;
  const staffId = turn.actor.staff.id;
  await ports.createMagicLink({ staffId, tokenHash: hashMagicToken(token), expiresAt }, () => ({
    type: 'post',
    platform: turn.inbound.envelope.platform,
    to: { kind: 'person', staffId },
    // The outbox blanks the token once the DM is out: a database reader cannot log in with it.
    secrets: [token],
    message: {
      text: turn.t('dashboard.link_text', { url, minutes: MAGIC_LINK_MINUTES }),
      blocks: [
        { type: 'section', text: turn.t('dashboard.link_section', { url, minutes: MAGIC_LINK_MINUTES }) },
        { type: 'context', text: turn.t('dashboard.link_context') },
      ],
    },
  }));
  turn.deps.notifyOutbox();
  const text = turn.t('dashboard.link_sent', { minutes: MAGIC_LINK_MINUTES });
  return ephemeral(text);
}
