// The gate in front of the core for HTTP requests: after Bolt has checked the
// signature, the payload must be one of the shapes we act on, else 400 and
// nothing happens. Socket Mode payloads get the same checks in the listeners.
import { actionToCore, SHARE_SUCCESS_CALLBACK } from './to-core.ts';
import {
  ZAppHomeOpened, ZBlockActions, ZEventCallback, ZMemberJoined, ZMessageEvent, ZMessageShortcut, ZReactionAdded, ZSlashCommand, ZViewSubmission,
} from './slack-payloads.ts';

export class SlackPayloadError extends Error {
  readonly code = 'rro_slack_invalid_payload';
  readonly status = 400;
  constructor(reason: string) {
    super(`ongeldig Slack-verzoek: ${reason}`);
    this.name = 'SlackPayloadError';
  }
}

const EVENT_SHAPES: Record<string, { safeParse(v: unknown): { success: boolean } }> = {
  message: ZMessageEvent,
  app_home_opened: ZAppHomeOpened,
  member_joined_channel: ZMemberJoined,
  reaction_added: ZReactionAdded,
};

/** Throws SlackPayloadError when the (signature-checked) body is not something we handle. */
export function assertSlackPayload(body: unknown, commandName: string): void {
  if (!body || typeof body !== 'object') throw new SlackPayloadError('geen inhoud');
  const b = body as Record<string, unknown>;
  if ('command' in b) {
    if (!ZSlashCommand.safeParse(b).success) throw new SlackPayloadError('slash-commando heeft niet de verwachte velden');
    if (b.command !== commandName) throw new SlackPayloadError(`commando ${String(b.command)} is niet ${commandName} (controleer SLACK_COMMAND)`);
    return;
  }
  switch (b.type) {
    case 'event_callback': {
      const outer = ZEventCallback.safeParse(b);
      if (!outer.success) throw new SlackPayloadError('event zonder team_id of event');
      const shape = EVENT_SHAPES[outer.data.event.type];
      if (shape && !shape.safeParse(outer.data.event).success) throw new SlackPayloadError(`event ${outer.data.event.type} heeft niet de verwachte velden`);
      return;
    }
    case 'block_actions': {
      const a = ZBlockActions.safeParse(b);
      if (!a.success) throw new SlackPayloadError('block_actions heeft niet de verwachte velden');
      if (!actionToCore(a.data)) throw new SlackPayloadError(`onbekende action_id ${a.data.actions[0]!.action_id.slice(0, 60)}`);
      return;
    }
    case 'view_submission':
      if (!ZViewSubmission.safeParse(b).success) throw new SlackPayloadError('view_submission heeft niet de verwachte velden');
      return;
    case 'message_action': {
      const s = ZMessageShortcut.safeParse(b);
      if (!s.success) throw new SlackPayloadError('message shortcut heeft niet de verwachte velden');
      // No listener would answer another shortcut, and Bolt would wait 3 s for one.
      if (s.data.callback_id !== SHARE_SUCCESS_CALLBACK) throw new SlackPayloadError(`onbekende shortcut ${s.data.callback_id.slice(0, 60)}`);
      return;
    }
    case 'app_rate_limited':
      return;
    default:
      throw new SlackPayloadError(`onbekend type ${typeof b.type === 'string' ? b.type.slice(0, 40) : '(geen)'}`);
  }
}
