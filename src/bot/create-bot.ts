// The conversation core: validates an Inbound, refuses BSN-like numbers before
// anything is stored or logged, resolves the person, and routes to the feature
// that handles it. Replies are immediate answers; durable messages go through
// the outbox inside the features' own transactions.
import { ZInbound, type Inbound, type InboundOf } from '../core/inbound.ts';
import type { Reply } from '../core/outbound.ts';
import { isDomainError } from '../core/domain-error.ts';
import type { Team } from '../core/register.ts';
import { BSN_REFUSED } from '../core/bsn-refused.ts';
import { containsBsn } from '../domain/bsn.ts';
import { parseCommand } from '../domain/command-parse.ts';
import { pickLanguage, type TranslateValues } from '../core/i18n/translator.ts';
import { domainErrorText } from '../core/i18n/domain-error-text.ts';
import type { ScheduledJob } from '../core/scheduled-job.ts';
import type { Actor, BotDeps, Feature, Turn } from './feature.ts';
import { ephemeral } from './ephemeral.ts';
import { freeTextOf } from './free-text.ts';
import { ignoreRepeats } from './ignore-repeats.ts';
import { refuseBsn } from './refuse-bsn.ts';
import { resolveActor } from './resolve-actor.ts';

// The dispatcher's own notes (unknown command, refusals) are plain ephemeral replies.
const note = (text: string): Reply[] => ephemeral(text);

export function createBot(deps: BotDeps, features: Feature[]) {
  const actions = new Map(features.flatMap((f) => Object.entries(f.actions ?? {})));
  const forms = new Map(features.flatMap((f) => Object.entries(f.forms ?? {})));

  function turnFor<I>(actor: Actor, inbound: I): Turn<I> {
    return { deps, actor, inbound, t: (key: string, values?: TranslateValues) => deps.t(actor.language, key, values) };
  }

  async function firstAnswer<K extends 'onThreadReply' | 'onMessageEdited' | 'onDirectMessage' | 'onReaction'>(
    hook: K,
    turn: Turn<never>,
  ): Promise<Reply[] | null> {
    for (const f of features) {
      const h = f[hook] as ((t: Turn<never>) => Promise<Reply[] | null>) | undefined;
      const r = h ? await h(turn) : null;
      if (r) return r;
    }
    return null;
  }

  async function runCommand(turn: Turn<InboundOf<'command'>>, text: string): Promise<Reply[]> {
    const cmd = parseCommand(text);
    // A word no neutral command knows may still be a feature's own (an example bot's 'ping').
    const [name, args] = cmd.name !== 'unknown' ? [cmd.name, cmd.args] : [cmd.word.toLowerCase(), cmd.args.slice(cmd.word.length).trim()];
    for (const f of features) {
      const h = f.commands && Object.hasOwn(f.commands, name) ? f.commands[name] : undefined; // not 'constructor' & co.
      if (h) return h(turn, args);
    }
    return note(turn.t('bot.unknown_command', { word: cmd.word }));
  }

  async function route(actor: Actor, inbound: Inbound): Promise<Reply[]> {
    switch (inbound.type) {
      case 'command':
        return runCommand(turnFor(actor, inbound), inbound.text);
      case 'direct_message': {
        const turn = turnFor(actor, inbound);
        const r = await firstAnswer('onDirectMessage', turn as Turn<never>);
        return r ?? runCommand(turnFor(actor, { ...inbound, type: 'command' as const }), inbound.text);
      }
      case 'thread_reply':
        return (await firstAnswer('onThreadReply', turnFor(actor, inbound) as Turn<never>)) ?? [];
      case 'message_edited':
        return (await firstAnswer('onMessageEdited', turnFor(actor, inbound) as Turn<never>)) ?? [];
      case 'reaction_added':
        return (await firstAnswer('onReaction', turnFor(actor, inbound) as Turn<never>)) ?? [];
      case 'action': {
        const h = actions.get(inbound.actionId);
        return h ? h(turnFor(actor, inbound)) : note(turnFor(actor, inbound).t('bot.unknown_action'));
      }
      case 'form_submitted': {
        const h = forms.get(inbound.formId);
        return h ? h(turnFor(actor, inbound)) : note(turnFor(actor, inbound).t('bot.unknown_action'));
      }
      case 'home_opened': {
        const home = features.find((f) => f.home)?.home;
        return home ? home(turnFor(actor, inbound)) : [];
      }
      case 'member_joined':
      case 'app_installed': {
        const welcome = features.find((f) => f.onWelcome)?.onWelcome;
        return welcome ? welcome(turnFor(actor, inbound)) : [];
      }
    }
  }

  async function handle(raw: unknown): Promise<Reply[]> {
    const parsed = ZInbound.safeParse(raw);
    if (!parsed.success) {
      deps.log.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'ongeldig inbound-bericht genegeerd');
      return note(deps.t('nl', 'bot.invalid_input'));
    }
    const inbound = parsed.data;
    const resolution = await resolveActor(deps.ports, inbound.envelope);
    const fallbackLang = pickLanguage(resolution.kind === 'unknown-person' ? resolution.language : undefined);
    // Privacy first: a BSN-like number in any string the person sent is refused before it
    // reaches a store or a log line. The store checks the text again as it will be written.
    const withBsn = freeTextOf(inbound).filter((piece) => containsBsn(piece.text));
    if (withBsn.length > 0) {
      const lang = resolution.kind === 'known' ? resolution.actor.language : fallbackLang;
      return refuseBsn(inbound, withBsn, (key) => deps.t(lang, key));
    }
    if (resolution.kind === 'unknown-organisation') {
      // The first install on an empty database sets the organisation up (src/features/onboarding).
      for (const f of features) {
        const r = f.onUnknownOrganisation ? await f.onUnknownOrganisation(deps, inbound) : null;
        if (r) return r;
      }
      return inbound.type === 'thread_reply' || inbound.type === 'message_edited' ? [] : note(deps.t('nl', 'bot.unknown_organisation'));
    }
    if (resolution.kind === 'unknown-person') {
      if (['thread_reply', 'message_edited', 'reaction_added', 'member_joined'].includes(inbound.type)) return [];
      const admins = await deps.ports.organisations.listAdmins(resolution.organisationId);
      // An install by someone not (yet) in the register is still a welcome, not a refusal.
      if (inbound.type === 'app_installed') return note(deps.t(fallbackLang, 'install.unlinked', { admins: admins.map((a) => a.name).join(', ') || '—' }));
      return note(deps.t(fallbackLang, 'bot.unknown_person', { admins: admins.map((a) => a.name).join(', ') || '—' }));
    }
    try {
      return await route(resolution.actor, inbound);
    } catch (err) {
      if (isDomainError(err)) {
        if (err.code === BSN_REFUSED) return refuseBsn(inbound, [], (key) => deps.t(resolution.actor.language, key));
        const text = domainErrorText(deps.t, resolution.actor.language, err);
        return inbound.type === 'form_submitted' && typeof err.details?.field === 'string'
          ? [{ type: 'form_errors', errors: { [err.details.field]: text } }]
          : note(text);
      }
      deps.log.error({ err, type: inbound.type }, 'fout bij verwerken van bericht');
      return note(deps.t(resolution.actor.language, 'bot.internal_error'));
    }
  }

  return {
    handle: ignoreRepeats(deps.ports.inboundReceipts, handle),
    teamJobs(teams: Team[]): ScheduledJob[] {
      return teams.flatMap((team) => features.flatMap((f) => f.teamJobs?.(team) ?? []));
    },
  };
}

export type Bot = ReturnType<typeof createBot>;
