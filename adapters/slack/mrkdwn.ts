/**
 * Visitor text shown in Slack. Slack asks apps to escape `&`, `<` and `>`; that alone stops
 * `<!channel>`, `<@U…>` and `<http://…|…>` from being read as controls. Bare `@here`-style
 * words and bare URLs are also made inert (Slack links and pings those in some clients), by a
 * zero-width space that does not change what the reader sees.
 */

const ZWSP = '\u200B';

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function neutralise(text: string): string {
  return text
    .replace(/@(channel|here|everyone)\b/gi, `@${ZWSP}$1`)
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZWSP}//`)
    .replace(/([a-z0-9-])\.([a-z]{2,})/gi, `$1${ZWSP}.$2`);
}

/** Visitor text for a plain_text object: no escaping (Slack shows it literally), still made inert and cut. */
export function plainVisitorText(raw: string, max: number): string {
  const chars = Array.from(neutralise(raw));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Escapes and neutralises visitor text and cuts it so the result is at most `max` characters. */
export function visitorText(raw: string, max: number): string {
  const full = escapeMrkdwn(neutralise(raw));
  if (full.length <= max) return full;
  let out = '';
  for (const ch of Array.from(neutralise(raw))) {
    const piece = escapeMrkdwn(ch);
    if (out.length + piece.length + 1 > max) break;
    out += piece;
  }
  return `${out}…`;
}

/** Joins lines of valid mrkdwn, dropping whole lines from the end (with a note) to fit `max`. */
export function fitLines(lines: string[], max: number, more: (hidden: number) => string): string {
  for (let keep = lines.length; keep >= 0; keep -= 1) {
    const shown = lines.slice(0, keep);
    if (keep < lines.length) shown.push(more(lines.length - keep));
    const text = shown.join('\n');
    if (text.length <= max) return text;
  }
  return more(lines.length).slice(0, max);
}

/**
 * A rep's Slack message as plain text for the visitor's widget: links keep their label and address,
 * mentions and channel links become readable names, entities are decoded.
 */
export function slackToPlain(text: string): string {
  return text
    .replace(/<((?:https?:\/\/|mailto:)[^|>]+)\|([^>]+)>/g, (_m, url: string, label: string) => (label === url.replace(/^mailto:/, '') ? label : `${label} (${url.replace(/^mailto:/, '')})`))
    .replace(/<((?:https?:\/\/|mailto:)[^>]+)>/g, (_m, url: string) => url.replace(/^mailto:/, ''))
    .replace(/<#[CG][A-Z0-9]+\|([^>]+)>/g, '#$1')
    .replace(/<@[UW][A-Z0-9]+\|([^>]+)>/g, '@$1')
    .replace(/<[@#!][^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
