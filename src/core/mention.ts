// A person mention in our rich-text subset: <@platformUserId|Name>. Adapters render
// it natively (a Slack user mention, a Teams chat link, a playground name tag);
// plain text keeps "@Name". Only the platform the user id belongs to may render it.
const MENTION = /<@([^|>\s]+)\|([^>]+)>/g;

export function personMention(platformUserId: string, name: string): string {
  return `<@${platformUserId.replace(/[|<>\s]/g, '')}|${name.replace(/[<>|]/g, '')}>`;
}

/** Replaces every mention with what the platform makes of (user id, name). */
export function replaceMentions(text: string, render: (platformUserId: string, name: string) => string): string {
  return text.replace(MENTION, (_, id: string, name: string) => render(id, name));
}
