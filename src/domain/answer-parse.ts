// Reads a check-in answer to "Wat heb je gedaan en wat ga je doen?" into its two halves.
//
// With labels ("Gedaan:", "Ga doen", "Done", "Next:" …) at the start of a line, the text
// after each label belongs to that half; text before the first label counts as gedaan
// only when no gedaan label follows (otherwise it is a greeting such as "Hoi team!").
// Without labels, the first paragraph is gedaan and later paragraphs are ga doen; a
// single paragraph is all gedaan. Items are bullets, lines or sentences.
import { splitSentences } from './split-sentences.ts';
import { stripChatMarkup } from './strip-chat-markup.ts';

export interface ParsedAnswer {
  done: string[];
  planned: string[];
}

type Half = keyof ParsedAnswer;

// Longest first, so 'ga ik doen' wins over 'ga'-prefixed shorter labels.
const LABELS: { words: string; half: Half; needsColon: boolean }[] = [
  { words: 'wat heb ik gedaan', half: 'done', needsColon: false },
  { words: 'wat heb je gedaan', half: 'done', needsColon: false },
  { words: 'wat ga ik doen', half: 'planned', needsColon: false },
  { words: 'wat ga je doen', half: 'planned', needsColon: false },
  { words: 'ga ik doen', half: 'planned', needsColon: false },
  { words: 'gaan doen', half: 'planned', needsColon: false },
  { words: 'ga doen', half: 'planned', needsColon: false },
  { words: 'te doen', half: 'planned', needsColon: true },
  { words: 'will do', half: 'planned', needsColon: true },
  { words: 'to-do', half: 'planned', needsColon: true },
  { words: 'to do', half: 'planned', needsColon: true },
  { words: 'todo', half: 'planned', needsColon: false },
  { words: 'planned', half: 'planned', needsColon: true },
  { words: 'plan', half: 'planned', needsColon: true },
  { words: 'next', half: 'planned', needsColon: true },
  { words: 'gedaan', half: 'done', needsColon: false },
  { words: 'done', half: 'done', needsColon: true },
  { words: 'did', half: 'done', needsColon: true },
];

// English words such as 'plan' or 'done' also start ordinary sentences ("Plan een
// overleg…"), so they count as a label only with ':' / '-' after them or alone on the line.
const LABEL_LINE = new RegExp(
  `^[^\\p{L}\\p{N}]*(?::[a-z0-9_+-]+:\\s*)*(${LABELS.map((label) => escape(label.words)).join('|')})` +
    `(?![\\p{L}\\p{N}])\\s*(\\?\\s*)?([:\\-–]\\s*)?(.*)$`,
  'iu',
);
const BULLET = /^\s*(?:[-*•·–+]|\d{1,2}[.)]|[a-z][)])\s+/i;
const PLACEHOLDER = /^(?:-+|\.+|n\.?v\.?t\.?|geen|niets|niks|nothing|none|n\/a)$/i;
// "Geen tijd gehad", "niets gedaan", "nog niet aan toegekomen": saying nothing happened is
// not a gedaan item (it would count as an answer with contacts to log). A reason may follow.
const NOTHING_DONE = new RegExp(
  '^(?:(?:helaas|sorry|nee|ja|deze week|vorige week|ik heb|ik ben|er|nog)[\\s,!]+)*' +
    '(?:geen tijd(?: voor)?(?: gehad)?|nog niets|niets|niks|nog niet|niet)' +
    '(?: (?:gedaan|gelukt|aan toegekomen|aan gekomen|toegekomen|van gekomen|bijzonders|gebeurd|(?:deze|vorige) week))*' +
    '|^(?:nothing(?: done)?|no time|did nothing|didn[\u2019\']?t get to it)',
  'iu',
);
// …unless the rest turns it around ("geen tijd voor X, wel Y gebeld").
const NOTHING_DONE_END = /^(?:[\s,!.…]*|\s+(?:om|voor|aan|met|door|want|omdat|ivm|i\.v\.m\.|vanwege|this week|last week|because|due)\b(?!.*\b(?:wel|maar|but|however)\b).*)$/iu;
// Words that only open a sentence ("Oh, en ga doen: …") and are no item on their own.
const FILLER = /^(?:(?:oh|o|ah|ok|oké|okay|hoi|hallo|hi|hey|en|and|ja|nou|dus|verder|ook|also|p\.?s\.?)[\s,!.]*)+$/iu;

// People often answer on one line: "Gedaan: X. Ga doen: Y." A label with a colon right
// after a sentence end, a separator such as ' - ' or ' | ', or a comma / "en" ("…, en
// ga doen: Y") starts a new line.
const INLINE_LABEL = new RegExp(
  `([.!?;]|\\s[-–|/]|,|(?:,\\s*|\\s)(?:en|and|ook|verder|daarnaast)(?=\\s))\\s*(?=(?:${LABELS.map((label) => escape(label.words)).join('|')})\\s*:)`,
  'giu',
);

export function parseAnswer(text: string): ParsedAnswer {
  const lines = stripChatMarkup(text).replace(INLINE_LABEL, (_m, end: string) => (/[.!?;]/.test(end) ? `${end}\n` : '\n')).split('\n');
  const sections = splitByLabels(lines);
  if (sections.labelled) return sections.answer;
  return parseUnlabelled(lines);
}

function splitByLabels(lines: string[]): { labelled: boolean; answer: ParsedAnswer } {
  const answer: ParsedAnswer = { done: [], planned: [] };
  const preamble: string[] = [];
  let current: Half | null = null;
  let sawDoneLabel = false;
  for (const line of lines) {
    const label = readLabel(line);
    if (label) {
      current = label.half;
      sawDoneLabel ||= label.half === 'done';
      answer[current].push(...itemsOf(label.rest));
    } else if (current) {
      answer[current].push(...itemsOf(line));
    } else {
      preamble.push(line);
    }
  }
  if (current && !sawDoneLabel) answer.done.unshift(...preamble.flatMap(itemsOf));
  return { labelled: current !== null, answer };
}

function readLabel(line: string): { half: Half; rest: string } | null {
  const match = LABEL_LINE.exec(line);
  if (!match) return null;
  const label = LABELS.find((candidate) => candidate.words === match[1]!.toLowerCase().replace(/\s+/g, ' '));
  if (!label) return null;
  const rest = match[4]!.trim();
  const separated = Boolean(match[2] || match[3]);
  if (label.needsColon && !separated && rest !== '') return null;
  return { half: label.half, rest };
}

function parseUnlabelled(lines: string[]): ParsedAnswer {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') paragraphs.push([]);
    else paragraphs.at(-1)!.push(line);
  }
  const [first = [], ...rest] = paragraphs.filter((paragraph) => paragraph.length > 0);
  return { done: first.flatMap(itemsOf), planned: rest.flat().flatMap(itemsOf) };
}

/** A bullet is one item; a plain line may hold several sentences, each an item. */
function itemsOf(line: string): string[] {
  const bullet = BULLET.exec(line);
  const pieces = bullet ? [line.slice(bullet[0].length)] : splitSentences(line);
  return pieces.map(tidy).filter((item) => item !== '' && !PLACEHOLDER.test(item) && !FILLER.test(item) && !saysNothingDone(item));
}

function saysNothingDone(item: string): boolean {
  const match = NOTHING_DONE.exec(item);
  return match !== null && NOTHING_DONE_END.test(item.slice(match[0].length));
}

// A closing '.' or ';' is sentence punctuation, not part of the item ('...' stays).
function tidy(item: string): string {
  return item.replace(/\s+/g, ' ').trim().replace(/(?<!\.)[.;]$/, '').trim();
}

function escape(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
