// One neutral command with sub-commands; each adapter maps its own syntax
// (/rro …, a Teams message, the playground's box) to this text. Dutch and
// English words are both understood.
export const COMMAND_NAMES = [
  'help', 'partners', 'log', 'away', 'back', 'agenda', 'success', 'settings', 'answer', 'dashboard', 'plan',
  'who', 'partner', 'profile', 'introductions', 'trial',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const SYNONYMS: [string, CommandName][] = [
  ['mijn partners', 'partners'], ['my partners', 'partners'], ['partners', 'partners'],
  ['afwezig tot', 'away'], ['afwezig', 'away'], ['away until', 'away'], ['away', 'away'],
  ['terug', 'back'], ['back', 'back'],
  ['overleg', 'agenda'], ['agenda', 'agenda'], ['rro', 'agenda'], ['meeting', 'agenda'],
  ['succes', 'success'], ['success', 'success'], ['deel succes', 'success'],
  ['instellingen', 'settings'], ['settings', 'settings'],
  ['antwoord', 'answer'], ['answer', 'answer'], ['check-in', 'answer'], ['checkin', 'answer'],
  ['dashboard', 'dashboard'],
  ['mijn plan', 'plan'], ['my plan', 'plan'], ['jaarplan', 'plan'], ['plan', 'plan'],
  ['log', 'log'], ['contact', 'log'],
  ['help', 'help'], ['hulp', 'help'], ['?', 'help'],
  ['wie kan ik bellen over', 'who'], ['wie kan ik bellen', 'who'], ['wie weet', 'who'], ['wie kent', 'who'], ['wie', 'who'],
  ['who can i call about', 'who'], ['who knows', 'who'], ['who', 'who'],
  ['proefronde', 'trial'], ['trial round', 'trial'], ['trial', 'trial'],
  ['partner', 'partner'],
  ['kennismaken', 'introductions'], ['introductions', 'introductions'],
  ['mijn profiel', 'profile'], ['my profile', 'profile'], ['profiel', 'profile'], ['profile', 'profile'],
];

export interface ParsedCommand {
  name: CommandName | 'unknown';
  args: string;
  /** The word as typed, for "onbekend commando: …". */
  word: string;
}

export function parseCommand(text: string): ParsedCommand {
  const cleaned = text.trim().replace(/^\/\S+\s*/, '').replace(/\s+/g, ' ');
  if (cleaned === '') return { name: 'help', args: '', word: '' };
  const lower = cleaned.toLowerCase();
  for (const [phrase, name] of SYNONYMS) {
    if (lower === phrase || lower.startsWith(`${phrase} `)) {
      return { name, args: cleaned.slice(phrase.length).trim(), word: phrase };
    }
  }
  return { name: 'unknown', args: cleaned, word: cleaned.split(' ')[0] ?? cleaned };
}
