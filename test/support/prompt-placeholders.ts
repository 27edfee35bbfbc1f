// The placeholder names an ICU message uses (arguments, plural/select keys, inside tags),
// for the prompt tests that check nl and en ask for the same values.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const opt of Object.values(el.options)) placeholders(opt.value, out);
    }
    if (el.type === TYPE.tag) placeholders(el.children, out);
  }
  return out;
}
