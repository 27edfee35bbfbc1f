// The bot is a set of features (probot style): each registers the commands,
// actions, forms and message hooks it handles, and the scheduled jobs it runs per
// team. Features get their own store ports when they are created; every turn
// also carries the common ports below.
import type { Clock } from '../core/clock.ts';
import type { InboundOf } from '../core/inbound.ts';
import type { Reply } from '../core/outbound.ts';
import type { Staff, Team } from '../core/register.ts';
import type { CommandName } from '../domain/command-parse.ts';
import type { Language, Translate, TranslateValues } from '../core/i18n/translator.ts';
import type { ScheduledJob } from '../core/scheduled-job.ts';
import type { Organisation, OrganisationStore } from '../core/organisation.ts';
import type { OutboxQueue } from '../core/outbox-queue.ts';
import type { LapseQuery } from '../register/list-my-partners.ts';
import type { ContactStore, RegisterStore, StaffStore } from '../register/register-ports.ts';

export interface CommonPorts {
  organisations: OrganisationStore;
  staff: StaffStore;
  register: RegisterStore;
  contacts: ContactStore;
  lapse: LapseQuery;
  outbox: OutboxQueue;
  inboundReceipts: InboundReceipts;
}

/** Platform deliveries seen before, so a platform's resend changes nothing. */
export interface InboundReceipts {
  /** True the first time a key is seen (within a day). */
  firstTime(key: string): Promise<boolean>;
  /** Undo firstTime after a failed turn, so the platform's retry is processed. */
  forget(key: string): Promise<void>;
  purgeExpired(): Promise<number>;
}

export interface BotLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface BotDeps {
  clock: Clock;
  t: Translate;
  log: BotLog;
  ports: CommonPorts;
  /** Wakes the outbox worker after messages were enqueued. */
  notifyOutbox(): void;
}

/** The person behind an Inbound, resolved to our staff register. */
export interface Actor {
  staff: Staff;
  organisation: Organisation;
  language: Language;
  timeZone: string;
  teams: Team[];
  leadOfTeamIds: string[];
}

export interface Turn<I = unknown> {
  deps: BotDeps;
  actor: Actor;
  inbound: I;
  /** Translate in the actor's language. */
  t(key: string, values?: TranslateValues): string;
}

type Handler<I> = (turn: Turn<I>) => Promise<Reply[]>;
type CommandHandler = (turn: Turn<InboundOf<'command'>>, args: string) => Promise<Reply[]>;
/** Returns null when the message is not this feature's business. */
type MaybeHandler<I> = (turn: Turn<I>) => Promise<Reply[] | null>;

export interface Feature {
  name: string;
  /** Keyed by a neutral command (its Dutch and English words map to it) or by a word of the feature's own, e.g. 'ping'. */
  commands?: Partial<Record<CommandName, CommandHandler>> & { [word: string]: CommandHandler | undefined };
  /** Keyed by exact actionId. */
  actions?: Record<string, Handler<InboundOf<'action'>>>;
  /** Keyed by formId. */
  forms?: Record<string, Handler<InboundOf<'form_submitted'>>>;
  onThreadReply?: MaybeHandler<InboundOf<'thread_reply'>>;
  onMessageEdited?: MaybeHandler<InboundOf<'message_edited'>>;
  onDirectMessage?: MaybeHandler<InboundOf<'direct_message'>>;
  onReaction?: MaybeHandler<InboundOf<'reaction_added'>>;
  onWelcome?: Handler<InboundOf<'member_joined' | 'app_installed'>>;
  /** The app was installed from a workspace/tenant no organisation is bound to (onboarding); null: not handled. */
  onInstallWithoutOrganisation?(inbound: InboundOf<'app_installed'>): Promise<Reply[] | null>;
  /** Builds the person's home view (one feature provides it). */
  home?: Handler<InboundOf<'home_opened'>>;
  /** Scheduled jobs of this feature for one team. */
  teamJobs?(team: Team): ScheduledJob[];
}
