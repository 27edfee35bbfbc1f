// The outbox's PlatformSender for Teams: proactive 1:1 messages (creating the chat
// with the stored serviceUrl and tenant when needed), channel root posts, thread
// replies and card updates. Returns refs in the one format of teams-refs.ts.
import type { OutboundDelivery } from '../../src/core/outbound.ts';
import { PermanentDeliveryError, type DeliveryContext, type PlatformSender } from '../../src/core/platform-sender.ts';
import type { Connector } from './teams-connector.ts';
import { baseConversationOf, messageRefOf, refKeys, splitMessageRef, ZTeamsConversationRef, type TeamsConversationRef } from './teams-refs.ts';
import { renderMessageActivity } from './render.ts';

export interface TeamsSenderOptions {
  connector: Connector;
  /** The bot's own id (`28:<client id>`), used when a stored ref has none. */
  botId: string;
  saveConversationRef(key: string, ref: TeamsConversationRef): Promise<void>;
}

export function createTeamsSender(opts: TeamsSenderOptions): PlatformSender {
  const { connector } = opts;

  async function refOf(context: DeliveryContext, ...keys: string[]): Promise<TeamsConversationRef | null> {
    for (const key of [...keys, refKeys.latest()]) {
      const parsed = ZTeamsConversationRef.safeParse(await context.conversationRefOf(key, 'teams'));
      if (parsed.success) return parsed.data;
    }
    return null;
  }

  async function personalChat(staffId: string, context: DeliveryContext): Promise<TeamsConversationRef & { conversationId: string }> {
    const identity = await context.identityOf(staffId, 'teams');
    if (!identity) throw new PermanentDeliveryError(`Medewerker ${staffId} is nog niet aan een Teams-account gekoppeld; koppel via het Teams-rooster of met de hand.`);
    const stored = await refOf(context, refKeys.person(identity.platformUserId), refKeys.tenant(identity.platformOrgId));
    if (!stored) throw new PermanentDeliveryError('Geen Teams-gesprek bekend: installeer de app eerst in Teams, zodat de bot een serviceUrl kent.');
    if (stored.conversationType === 'personal' && stored.conversationId) return { ...stored, conversationId: stored.conversationId };
    const bot = stored.bot ?? { id: opts.botId };
    const tenantId = identity.platformOrgId || stored.tenantId;
    const created = await connector.createConversation(stored.serviceUrl, { tenantId, bot, members: [{ id: identity.platformUserId }], isGroup: false, channelData: { tenant: { id: tenantId } } });
    const ref: TeamsConversationRef = { serviceUrl: stored.serviceUrl, tenantId, conversationId: created.id, conversationType: 'personal', bot, user: { id: identity.platformUserId, aadObjectId: identity.platformUserId } };
    await opts.saveConversationRef(refKeys.person(identity.platformUserId), ref);
    await opts.saveConversationRef(refKeys.chat(created.id), ref);
    return { ...ref, conversationId: created.id };
  }

  async function post(delivery: Extract<OutboundDelivery, { type: 'post' }>, context: DeliveryContext): Promise<string> {
    const activity = renderMessageActivity(delivery.message);
    const to = delivery.to;
    if (to.kind === 'person') {
      const chat = await personalChat(to.staffId, context);
      return messageRefOf(chat.conversationId, (await connector.sendActivity(chat.serviceUrl, chat.conversationId, activity)).id);
    }
    const channel = await refOf(context, refKeys.channel(to.channelRef));
    if (!channel) throw new PermanentDeliveryError(`Kanaal ${to.channelRef} is onbekend bij Teams: voeg de app toe aan het team van dit kanaal.`);
    if (to.kind === 'thread') {
      return messageRefOf(to.threadRef, (await connector.sendActivity(channel.serviceUrl, to.threadRef, activity)).id);
    }
    // A new conversation in the channel is a root post; its thread is `<channel>;messageid=<activity>`.
    const created = await connector.createConversation(channel.serviceUrl, {
      tenantId: channel.tenantId,
      bot: channel.bot ?? { id: opts.botId },
      isGroup: true,
      channelData: { channel: { id: to.channelRef }, tenant: { id: channel.tenantId } },
      activity,
    });
    const activityId = created.activityId ?? splitMessageRef(created.id)?.activityId;
    if (!activityId) throw new Error('Teams gaf geen activity-id terug voor de kanaalpost.');
    return messageRefOf(to.channelRef, activityId);
  }

  async function update(delivery: Extract<OutboundDelivery, { type: 'update' }>, context: DeliveryContext): Promise<string> {
    const ref = await context.deliveredRefOf(delivery.ofKey);
    const parts = ref ? splitMessageRef(ref) : null;
    if (!ref || !parts) throw new PermanentDeliveryError(`Het bericht om bij te werken (${delivery.ofKey}) is nooit in Teams geplaatst.`);
    const base = baseConversationOf(parts.conversationId);
    const stored = await refOf(context, refKeys.channel(base), refKeys.chat(base));
    if (!stored) throw new PermanentDeliveryError(`Geen Teams-gesprek bekend voor ${base}.`);
    await connector.updateActivity(stored.serviceUrl, parts.conversationId, parts.activityId, { ...renderMessageActivity(delivery.message), id: parts.activityId });
    return ref;
  }

  return {
    platform: 'teams',
    async deliver(delivery, context) {
      return { ref: delivery.type === 'post' ? await post(delivery, context) : await update(delivery, context) };
    },
  };
}
