// The Bot Framework connector calls we make, behind a small port. The SDK's API
// client (@microsoft/teams.api) does the HTTP and the bot token; the serviceUrl
// is the one stored for the conversation (regional URLs differ).
import type { App } from '@microsoft/teams.apps';
import { z } from 'zod';
import { PermanentDeliveryError, RateLimitedError } from '../../src/core/platform-sender.ts';

export interface RosterMember {
  id: string;
  aadObjectId?: string | undefined;
  name?: string | undefined;
  email?: string | undefined;
  userPrincipalName?: string | undefined;
}

export interface Connector {
  createConversation(serviceUrl: string, params: { tenantId: string; bot: { id: string }; members?: { id: string }[]; isGroup?: boolean; channelData?: Record<string, unknown>; activity?: Record<string, unknown> }): Promise<{ id: string; activityId?: string | undefined }>;
  sendActivity(serviceUrl: string, conversationId: string, activity: Record<string, unknown>): Promise<{ id: string }>;
  updateActivity(serviceUrl: string, conversationId: string, activityId: string, activity: Record<string, unknown>): Promise<void>;
  members(serviceUrl: string, conversationId: string): Promise<RosterMember[]>;
  /** The channels of a team (`GET /v3/teams/{teamId}/conversations`); the General channel has no name. */
  channels(serviceUrl: string, teamId: string): Promise<TeamChannel[]>;
}

export interface TeamChannel {
  id: string;
  name?: string | undefined;
}

// The REST answer is `{ conversations: [...] }`; the SDK's type says an array, so both are read.
const ZChannelList = z.union([
  z.object({ conversations: z.array(z.object({ id: z.string().min(1), name: z.string().nullish() })) }).transform((l) => l.conversations),
  z.array(z.object({ id: z.string().min(1), name: z.string().nullish() })),
]);

export function createConnector(app: App): Connector {
  const api = (serviceUrl: string) => app.api.clone({ serviceUrl: serviceUrl.replace(/\/+$/, '') }).conversations;
  return {
    async createConversation(serviceUrl, params) {
      const res = await call(() => api(serviceUrl).create(params as Parameters<ReturnType<typeof api>['create']>[0]));
      return { id: res.id, activityId: res.activityId };
    },
    async sendActivity(serviceUrl, conversationId, activity) {
      const res = await call(() => api(serviceUrl).activities(conversationId).create(activity as never));
      return { id: res.id };
    },
    async updateActivity(serviceUrl, conversationId, activityId, activity) {
      await call(() => api(serviceUrl).activities(conversationId).update(activityId, activity as never));
    },
    async members(serviceUrl, conversationId) {
      return (await call(() => api(serviceUrl).members(conversationId).get())) as RosterMember[];
    },
    async channels(serviceUrl, teamId) {
      const raw: unknown = await call(() => app.api.clone({ serviceUrl: serviceUrl.replace(/\/+$/, '') }).teams.getConversations(teamId));
      return ZChannelList.parse(raw).map((c) => ({ id: c.id, ...(c.name ? { name: c.name } : {}) }));
    },
  };
}

/** Connector failures → the outbox's vocabulary: wait on 429/503, give up on 403/404. */
async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const response = (err as { response?: { status?: number; headers?: Record<string, unknown> } }).response;
    const status = response?.status;
    if (status === 429 || status === 503) {
      const seconds = Number(response?.headers?.['retry-after']);
      throw new RateLimitedError(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000);
    }
    if (status === 403 || status === 404) {
      throw new PermanentDeliveryError(`Teams weigert het bericht (${status}): de bot is uit dit gesprek verwijderd of de gebruiker bestaat niet meer.`);
    }
    throw err;
  }
}
