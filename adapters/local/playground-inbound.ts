// One step of a person in the playground: validate the request, keep what they
// typed as platform data, hand the Inbound to the core, keep its immediate
// answers (ephemeral notes, an opened form) and deliver what it enqueued.
import type { Reply } from '../../src/core/outbound.ts';
import { containsBsn } from '../../src/domain/bsn.ts';
import { refillForm } from '../../src/core/refill-form.ts';
import type { LocalAdapterOptions } from './local-adapter-options.ts';
import type { LocalPerson } from '../../src/core/local-directory.ts';
import type { PlaygroundState } from './playground-state.ts';
import { describeRequestError, toInbound, ZPlaygroundRequest, type InboundExtras } from './to-core.ts';

export type InboundResult =
  | { status: 200; body: { replies: Reply[]; formErrors?: Record<string, string> } }
  | { status: 400 | 403 | 404; body: { error: string } };

type Deps = Pick<LocalAdapterOptions, 'handle' | 'flush' | 'clock' | 'directory'> & {
  state: PlaygroundState;
  say(person: LocalPerson | undefined, key: string, values?: Record<string, string>): string;
};

export async function handlePlaygroundInbound(deps: Deps, raw: unknown): Promise<InboundResult> {
  const { state } = deps;
  const parsed = ZPlaygroundRequest.safeParse(raw);
  if (!parsed.success) return { status: 400, body: { error: describeRequestError(parsed.error) } };
  const req = parsed.data;
  const person = (await deps.directory.listPeople()).find((p) => p.staffId === req.as);
  if (!person) return { status: 400, body: { error: deps.say(undefined, 'error_unknown_person', { id: req.as }) } };
  const missing = (ref: string): InboundResult => ({ status: 404, body: { error: deps.say(person, 'error_unknown_message', { ref }) } });
  const now = deps.clock.now();
  const who = { staffId: person.staffId, name: person.name };
  const extras: InboundExtras = {};
  // What holds a BSN is never written to the transcript nor shown to others: the core
  // alone sees it, refuses it, and only the sender gets the refusal.
  const refused = ('text' in req && containsBsn(req.text)) || ('reaction' in req && containsBsn(req.reaction));

  switch (req.kind) {
    case 'thread_reply': {
      if (!state.find(req.threadRef)) return missing(req.threadRef);
      if (refused) break;
      const reply = await state.addThreadReply({ channelRef: req.channelRef, threadRef: req.threadRef, ...who, text: req.text, at: now });
      extras.messageRef = reply.ref;
      break;
    }
    case 'message_edited': {
      const msg = state.find(req.messageRef);
      if (!msg) return missing(req.messageRef);
      if (msg.author?.staffId !== person.staffId) return { status: 403, body: { error: deps.say(person, 'error_not_own_reply') } };
      if (!refused) await state.editReply(req.messageRef, req.text);
      const threadRef = state.threadOf(req.messageRef);
      if (threadRef) extras.threadRef = threadRef;
      break;
    }
    case 'reaction_added':
      if (!state.find(req.messageRef)) return missing(req.messageRef);
      if (!refused) await state.addReaction(req.messageRef, who, req.reaction);
      break;
    case 'form_submitted': {
      const open = state.openForms.get(person.staffId);
      if (open?.formId === req.formId) extras.formContext = open.context;
      break;
    }
    default:
      break;
  }

  const replies = await deps.handle(toInbound(req, person, extras));
  let formErrors: Record<string, string> | undefined;
  for (const reply of replies) {
    // The playground has no separate home tab: a home view shows as a note for the person.
    if (reply.type === 'ephemeral' || reply.type === 'home') state.addEphemeral(person.staffId, reply.message, now);
    else if (reply.type === 'update_source') {
      state.addEphemeral(person.staffId, reply.message, now, req.kind === 'action' ? req.messageRef : undefined);
    } else if (reply.type === 'open_form') state.openForms.set(person.staffId, reply.form);
    else formErrors = { ...formErrors, ...reply.errors };
  }
  const reopened = replies.some((r) => r.type === 'open_form');
  if (req.kind === 'form_submitted' && !formErrors && !reopened) state.openForms.delete(person.staffId);
  // Shown again with its errors: every field keeps what was typed.
  const open = state.openForms.get(person.staffId);
  if (req.kind === 'form_submitted' && formErrors && !reopened && open) state.openForms.set(person.staffId, refillForm(open, req.values));
  await deps.flush();
  return { status: 200, body: { replies, ...(formErrors ? { formErrors } : {}) } };
}
