// Bolt listeners: ack first (Slack wants an answer within 3 s), then translate,
// ask the core, and deliver its replies. Form submissions are the one exception:
// validation errors can only travel in the ack, so the core gets a short budget
// before it. The same listeners serve HTTP and Socket Mode.
import { createHash } from 'node:crypto';
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { deliverReplies, type ReplyOrigin } from './deliver-replies.ts';
import { renderModal } from './render-modal.ts';
import { createWorkQueue } from './work-queue.ts';
import type { SlackLog } from './slack-log.ts';
import { ZAppHomeOpened, ZBlockActions, ZEventCallback, ZMemberJoined, ZMessageEvent, ZMessageShortcut, ZReactionAdded, ZSlashCommand, ZViewSubmission, type ViewSubmission } from './slack-payloads.ts';
import { describeError, type SlackPeople } from './slack-people.ts';
import { actionToCore, commandToCore, homeOpenedToCore, joinedToCore, messageToCore, reactionToCore, SHARE_SUCCESS_CALLBACK, shortcutToCore, viewToCore } from './to-core.ts';

/** Slack closes the modal request after 3 s; leave room for the network. */
const FORM_BUDGET_MS = 2_300;
/** Core turns in flight at once; more wait in line (acks never do). */
const MAX_TURNS = 8;

export interface HandlerDeps {
  client: WebClient;
  people: SlackPeople;
  handle(inbound: Inbound): Promise<Reply[]>;
  /** Links the people of a channel to imported staff by e-mail. */
  syncChannel(channel: string, teamId: string): Promise<void>;
  commandName: string;
  log: SlackLog;
  /** How long a form submission may take before the modal is closed (default 2.3 s). */
  formBudgetMs?: number;
}

export function registerSlackHandlers(app: App, d: HandlerDeps): void {
  const inLine = createWorkQueue(MAX_TURNS);
  async function ask(inbound: Inbound): Promise<Reply[]> {
    inbound.envelope.person = await d.people.describe(inbound.envelope.person.platformUserId);
    return d.handle(inbound);
  }
  /** `deliveryId` lets the core ignore Slack's resends of the same event or click. */
  async function run(inbound: Inbound | null, origin: ReplyOrigin, deliveryId?: string): Promise<void> {
    if (!inbound) return;
    if (deliveryId) inbound.envelope.deliveryId = deliveryId;
    try {
      await inLine(async () => deliverReplies(d.client, d.log, await ask(inbound), origin));
    } catch (err) {
      d.log.error({ err: describeError(err), type: inbound.type }, 'Slack-verzoek niet verwerkt');
    }
  }
  const teamOf = (body: unknown) => ZEventCallback.safeParse(body).data?.team_id ?? '';
  const eventIdOf = (body: unknown) => {
    const id = ZEventCallback.safeParse(body).data?.event_id;
    return id ? `event:${id}` : undefined;
  };

  app.command(d.commandName, async ({ ack, body, respond }) => {
    await ack();
    const c = ZSlashCommand.safeParse(body);
    if (!c.success) return;
    // A slash command has no id of its own; its trigger_id is unique per invocation.
    await run(commandToCore(c.data), { userId: c.data.user_id, channel: c.data.channel_id, trigger: c.data.trigger_id, respond }, `command:${c.data.trigger_id}`);
    // "/rro instellingen" in a team channel also links its members (by e-mail).
    if (/^(instellingen|settings)\b/i.test(c.data.text.trim()) && !c.data.channel_id.startsWith('D')) {
      await d.syncChannel(c.data.channel_id, c.data.team_id);
    }
  });

  app.event('message', async ({ event, body }) => {
    const e = ZMessageEvent.safeParse(event);
    if (!e.success) return;
    const inbound = messageToCore(e.data, teamOf(body));
    const threadTs = e.data.thread_ts ?? e.data.message?.thread_ts;
    await run(inbound, { userId: inbound?.envelope.person.platformUserId ?? '', channel: e.data.channel, threadTs }, eventIdOf(body));
  });

  app.action(/.*/, async ({ ack, body, respond }) => {
    await ack();
    const a = ZBlockActions.safeParse(body);
    if (!a.success) return;
    const ts = a.data.message?.ts ?? a.data.container?.message_ts;
    // One click = one trigger_id and one action_ts; a resend repeats both.
    const click = [a.data.trigger_id, a.data.actions[0]?.action_ts].filter(Boolean).join(':');
    await run(actionToCore(a.data), {
      userId: a.data.user.id, channel: a.data.channel?.id, messageTs: ts, trigger: a.data.trigger_id, threadTs: a.data.message?.thread_ts,
      ...(a.data.response_url ? { respond } : {}),
    }, click ? `action:${a.data.user.id}:${click}` : undefined);
  });

  app.shortcut(SHARE_SUCCESS_CALLBACK, async ({ ack, body }) => {
    await ack();
    const s = ZMessageShortcut.safeParse(body);
    if (!s.success) return;
    await run(shortcutToCore(s.data), { userId: s.data.user.id, channel: s.data.channel.id, trigger: s.data.trigger_id }, `shortcut:${s.data.trigger_id}`);
  });

  app.view(/.*/, async ({ ack, body }) => {
    const v = ZViewSubmission.safeParse(body);
    if (!v.success) return ack();
    const origin: ReplyOrigin = { userId: v.data.user.id };
    const inbound = viewToCore(v.data);
    const id = submissionIdOf(v.data);
    if (id) inbound.envelope.deliveryId = id;
    const work = ask(inbound).catch((err: unknown) => {
      d.log.error({ err: describeError(err) }, 'formulier niet verwerkt');
      return [] as Reply[];
    });
    let timer: NodeJS.Timeout | undefined;
    const early = await Promise.race([work, new Promise<null>((r) => (timer = setTimeout(() => r(null), d.formBudgetMs ?? FORM_BUDGET_MS)))]);
    clearTimeout(timer);
    if (early === null) {
      // Too slow for the modal: close it, and send what comes as a DM.
      await ack();
      return deliverReplies(d.client, d.log, await work, origin);
    }
    const errors = early.find((r) => r.type === 'form_errors');
    const next = early.find((r) => r.type === 'open_form');
    if (errors) await ack({ response_action: 'errors', errors: errors.errors });
    else if (next) await ack({ response_action: 'update', view: renderModal(next.form) as never });
    else await ack();
    await deliverReplies(d.client, d.log, early.filter((r) => r !== errors && r !== next), origin);
  });

  app.event('app_home_opened', async ({ event, body }) => {
    const e = ZAppHomeOpened.safeParse(event);
    if (!e.success || (e.data.tab && e.data.tab !== 'home')) return;
    await run(homeOpenedToCore(teamOf(body), e.data.user), { userId: e.data.user }, eventIdOf(body));
  });

  app.event('member_joined_channel', async ({ event, body, context }) => {
    const e = ZMemberJoined.safeParse(event);
    if (!e.success) return;
    const teamId = teamOf(body);
    if (e.data.user !== context.botUserId) {
      return run(joinedToCore(teamId, e.data.user, e.data.channel, 'member_joined'), { userId: e.data.user, channel: e.data.channel }, eventIdOf(body));
    }
    // The bot was added to a channel: Slack's "install" moment for a team. The welcome
    // goes first, since the first event from a workspace binds the organisation.
    if (e.data.inviter) {
      await run(joinedToCore(teamId, e.data.inviter, e.data.channel, 'app_installed'), { userId: e.data.inviter, channel: e.data.channel }, eventIdOf(body));
    }
    await d.syncChannel(e.data.channel, teamId);
  });

  app.event('reaction_added', async ({ event, body }) => {
    const e = ZReactionAdded.safeParse(event);
    if (!e.success || e.data.item.type !== 'message' || !e.data.item.channel || !e.data.item.ts) return;
    await run(reactionToCore(teamOf(body), e.data.user, e.data.item.channel, e.data.item.ts, e.data.reaction), { userId: e.data.user, channel: e.data.item.channel }, eventIdOf(body));
  });
}

/**
 * One submission of a modal: its id and version (hash) plus what was filled in.
 * A resend repeats all three; a second real submit of the same modal (after its
 * errors were shown, the hash stays) differs in the values. Submitting the very
 * same values again is a new turn only when the first answered with form errors
 * (ignore-repeats.ts forgets those).
 */
export function submissionIdOf(v: ViewSubmission): string | undefined {
  if (!v.view.id || !v.view.hash) return undefined;
  const values = createHash('sha256').update(JSON.stringify(v.view.state.values)).digest('hex').slice(0, 24);
  return `view:${v.user.id}:${v.view.id}:${v.view.hash}:${values}`;
}
