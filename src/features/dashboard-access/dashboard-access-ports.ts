// What the dashboard-access feature needs from storage; src/store/dashboard-session-store.ts implements it.
import type { OutboundDelivery } from '../../core/outbound.ts';

export interface NewMagicLink {
  staffId: string;
  /** sha256 (hex) of the token; the token itself is never stored. */
  tokenHash: string;
  expiresAt: Date;
}

export interface DashboardAccessPorts {
  /** Stores the link and enqueues its DM (key dashboard-link:<id>) in one transaction. */
  createMagicLink(link: NewMagicLink, buildDelivery: (linkId: string) => OutboundDelivery): Promise<{ id: string }>;
}
