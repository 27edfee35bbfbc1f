// Commander speaks English ("Usage:", "display help for command"); an admin reading
// `npm run cli -- --help` should meet Dutch only. One place translates help and errors.
import { Help, type Argument, type Command, type Option } from 'commander';

const HEADINGS: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Arguments:': 'Argumenten:',
  'Options:': 'Opties:',
  'Global Options:': 'Algemene opties:',
  'Commands:': "Commando's:",
};

/** Placeholders in usage lines ("rro [options] [command]"). */
function dutchUsage(usage: string): string {
  return usage.replace(/\[options\]/g, '[opties]').replace(/\[command\]/g, '[commando]');
}

/** "(default: x)", "(choices: …)" behind option and argument descriptions. */
function dutchExtras(text: string): string {
  return text.replace(/\bdefault: /g, 'standaard: ').replace(/\bchoices: /g, 'keuzes: ');
}

/** Commander's error lines, in the order they are most often seen. */
const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "fout: onbekende optie '$1'"],
  [/^error: unknown command '(.+?)'/, "fout: onbekend commando '$1'"],
  [/^error: missing required argument '(.+?)'/, "fout: argument '$1' ontbreekt"],
  [/^error: option '(.+?)' argument missing/, "fout: optie '$1' mist een waarde"],
  [/^error: required option '(.+?)' not specified/, "fout: verplichte optie '$1' ontbreekt"],
  [/^error: too many arguments.*$/m, 'fout: te veel argumenten'],
  [/^error: /, 'fout: '],
  [/\(Did you mean (.+?)\?\)/, '(bedoel je $1?)'],
];

export function translateCliError(text: string): string {
  return ERRORS.reduce((out, [pattern, dutch]) => out.replace(pattern, dutch), text);
}

/** Call on the program before adding subcommands: they inherit these settings. */
export function useDutchHelp(program: Command): Command {
  return program
    .helpOption('-h, --help', 'toon hulp bij dit commando')
    .helpCommand('help [commando]', 'toon hulp bij een commando')
    .configureHelp({
      // Commander assigns these onto its Help instance: `this` is that helper.
      styleTitle: (title: string) => HEADINGS[title] ?? title,
      commandUsage(this: Help, cmd: Command) {
        return dutchUsage(Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd: Command) {
        return dutchUsage(Help.prototype.subcommandTerm.call(this, cmd));
      },
      optionDescription(this: Help, option: Option) {
        return dutchExtras(Help.prototype.optionDescription.call(this, option));
      },
      argumentDescription(this: Help, argument: Argument) {
        return dutchExtras(Help.prototype.argumentDescription.call(this, argument));
      },
    })
    .configureOutput({ outputError: (text, write) => write(translateCliError(text)) });
}
