// One inbound activity, start to end: remember the conversation, find the
// person's e-mail in the roster, translate, let the core answer, say it in Teams.
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import type { Connector } from './teams-connector.ts';
import { deliveryIdOf, isPersonal, tenantOf, ZTeamsActivity, type TeamsActivity } from './teams-activity.ts';
import { answerInTeams } from './teams-replies.ts';
import { runDialogInvoke } from './teams-dialog-turn.ts';
import { DIALOG_INVOKES, type SentForms } from './teams-dialogs.ts';
import { renderDialogOpener } from './render.ts';
import { offerTeamChannels } from './offer-team-channels.ts';
import { baseConversationOf, messageRefOf, refKeys, splitMessageRef, type TeamsConversationRef } from './teams-refs.ts';
import { createRoster, type RosterPerson } from './teams-roster.ts';
import { envelopeOf, isInstall, toInbound } from './to-core.ts';
import type { Translate } from '../../src/core/i18n/translator.ts';
import type { AdapterLog } from './sdk-logger.ts';

export interface TeamsTurnOptions {
  connector: Connector;
  handle(inbound: Inbound): Promise<Reply[]>;
  saveConversationRef(key: string, ref: TeamsConversationRef): Promise<void>;
  linkPeople?(people: RosterPerson[], tenantId: string): Promise<unknown>;
  /** Forms sent as dialogs, kept in the database (a restart between opening and submitting loses nothing). */
  forms: SentForms;
  log: AdapterLog;
  t: Translate;
}

type TurnResult = { status: number; body?: unknown } | undefined;

export function createTeamsTurn(opts: TeamsTurnOptions) {
  const { connector } = opts;
  const roster = createRoster(connector, opts.log);
  const saved = new Set<string>();
  const personalChats = new Map<string, string>();

  async function save(key: string, ref: TeamsConversationRef, always = false): Promise<void> {
    const id = `${key}=${ref.serviceUrl}|${ref.conversationId ?? ''}`;
    if (saved.has(id) && !always) return;
    await opts.saveConversationRef(key, ref);
    saved.add(id);
  }

  /** Conversation references for proactive messages later (Teams needs serviceUrl + tenant). */
  async function remember(a: TeamsActivity, installed: boolean): Promise<void> {
    const base = { serviceUrl: a.serviceUrl, tenantId: tenantOf(a), bot: { id: a.recipient.id, ...(a.recipient.name ? { name: a.recipient.name } : {}) } };
    await save(refKeys.latest(), base, installed);
    await save(refKeys.tenant(base.tenantId), base, installed);
    const conversationId = baseConversationOf(a.conversation.id);
    if (isPersonal(a)) {
      const user = { id: a.from.id, ...(a.from.aadObjectId ? { aadObjectId: a.from.aadObjectId } : {}), ...(a.from.name ? { name: a.from.name } : {}) };
      const ref: TeamsConversationRef = { ...base, conversationId, conversationType: 'personal', user };
      personalChats.set(a.from.aadObjectId ?? a.from.id, conversationId);
      await save(refKeys.person(a.from.aadObjectId ?? a.from.id), ref, installed);
      await save(refKeys.chat(conversationId), ref, installed);
      return;
    }
    await save(refKeys.channel(conversationId), { ...base, conversationId, conversationType: 'channel' }, installed);
    const team = a.channelData?.team?.id;
    if (team && team !== conversationId) await save(refKeys.channel(team), { ...base, conversationId: team, conversationType: 'channel' }, installed);
  }

  async function personalChatOf(a: TeamsActivity): Promise<string> {
    const userId = a.from.aadObjectId ?? a.from.id;
    const known = isPersonal(a) ? baseConversationOf(a.conversation.id) : personalChats.get(userId);
    if (known) return known;
    const tenantId = tenantOf(a);
    const created = await connector.createConversation(a.serviceUrl, { tenantId, bot: { id: a.recipient.id }, members: [{ id: a.from.id }], isGroup: false, channelData: { tenant: { id: tenantId } } });
    personalChats.set(userId, created.id);
    const ref: TeamsConversationRef = { serviceUrl: a.serviceUrl, tenantId, conversationId: created.id, conversationType: 'personal', bot: { id: a.recipient.id }, user: { id: a.from.id, aadObjectId: userId } };
    await save(refKeys.person(userId), ref);
    await save(refKeys.chat(created.id), ref);
    return created.id;
  }

  return async function runTurn(raw: unknown): Promise<TurnResult> {
    const parsed = ZTeamsActivity.safeParse(raw);
    if (!parsed.success) return { status: 400, body: { error: 'Ongeldige Teams-activiteit.' } };
    const a = parsed.data;
    const installed = isInstall(a);
    if (installed || isPersonal(a)) await remember(a, installed);
    if (installed && opts.linkPeople) {
      const people = await roster.peopleOf(a);
      if (people.length > 0) await opts.linkPeople(people, tenantOf(a));
    }
    const userId = a.from.aadObjectId ?? a.from.id;
    const channelFor = (here: boolean) => ({
      sendPrivately: async (activity: Record<string, unknown>) => {
        const conversationId = here ? a.conversation.id : await personalChatOf(a);
        await connector.sendActivity(a.serviceUrl, conversationId, activity);
      },
      sendForm: async (asked: Parameters<SentForms['save']>[1]) => {
        const form = await offerTeamChannels(asked, [a.channelData?.team?.id], (teamId) => connector.channels(a.serviceUrl, teamId), opts.log);
        const dialogId = await opts.forms.save(userId, form);
        const conversationId = here ? a.conversation.id : await personalChatOf(a);
        await connector.sendActivity(a.serviceUrl, conversationId, renderDialogOpener(form, dialogId));
      },
    });
    if (a.type === 'invoke' && DIALOG_INVOKES.has(a.name ?? '')) {
      return runDialogInvoke(a, envelopeOf(a, await roster.emailOf(a)), {
        forms: opts.forms,
        handle: opts.handle,
        answer: async (replies) => void (await answerInTeams(replies, { ...channelFor(false), isInvoke: false })),
        t: opts.t,
      });
    }
    const translation = toInbound(a, a.type === 'conversationUpdate' || a.type === 'installationUpdate' ? undefined : await roster.emailOf(a));
    // An install names its installer only by id: the roster adds the name and e-mail (the first install makes them admin).
    if (installed && translation.kind === 'inbound') {
      const installer = (await roster.peopleOf(a)).find((p) => p.platformUserId === userId);
      const person = translation.inbound.envelope.person;
      if (installer?.name && !person.name) person.name = installer.name;
      if (installer?.email && !person.email) person.email = installer.email;
    }
    if (translation.kind === 'ignored') {
      opts.log.debug({ type: a.type, reason: translation.reason }, 'Teams-activiteit overgeslagen');
      return a.type === 'invoke' ? { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '—' } } : undefined;
    }
    const inbound = translation.inbound;
    // Teams resends an activity it thinks went unanswered; its id makes the resend a no-op.
    // A team install arrives twice (installationUpdate and conversationUpdate): one welcome per conversation.
    const deliveryId = installed ? `install:${baseConversationOf(a.conversation.id)}` : deliveryIdOf(a);
    if (deliveryId) inbound.envelope.deliveryId = deliveryId;
    const replies = await opts.handle(inbound);
    // The welcome (Teams requires one) and other answers to an install go into that conversation.
    const here = installed || (isPersonal(a) && a.type !== 'invoke');
    const isInvoke = a.type === 'invoke' && a.name === 'adaptiveCard/action';
    const source = a.replyToId ? splitMessageRef(messageRefOf(a.conversation.id, a.replyToId)) : null;
    const body = await answerInTeams(replies, {
      isInvoke,
      ...channelFor(here),
      ...(source ? { updateSource: (activity: Record<string, unknown>) => connector.updateActivity(a.serviceUrl, source.conversationId, source.activityId, { ...activity, id: source.activityId }) } : {}),
    });
    return body ? { status: 200, body } : undefined;
  };
}
