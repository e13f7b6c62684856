/**
 * The limits Slack enforces on what an app posts, checked the way Slack checks them:
 * a violation makes the call fail with `invalid_blocks` (or the method's own error) and
 * names what was wrong in `response_metadata.messages`, as the real API does.
 */

type Json = Record<string, unknown>;

const MAX_MESSAGE_BLOCKS = 50;
const MAX_MODAL_BLOCKS = 100;

/** Escapes Slack itself understands inside `<…>`: mentions, channels, special commands, links. */
const CONTROL = /^<(@[UW][A-Z0-9]+|#[CG][A-Z0-9]+(\|[^<>]*)?|!subteam\^[A-Z0-9]+|!date\^[^<>]+|!(channel|here|everyone)|(https?:\/\/|mailto:)[^<>|\s]+(\|[^<>]*)?)>/;

/**
 * Text Slack would render differently from what was meant: a bare `&`, `<` or `>` that is not part
 * of an entity or a control sequence. Slack asks apps to escape exactly these three characters.
 */
export function mrkdwnProblems(text: string): string[] {
  const problems: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '&' && !/^&(amp|lt|gt);/.test(text.slice(i))) problems.push(`unescaped "&" at ${i}`);
    if (c === '>') problems.push(`unescaped ">" at ${i}`);
    if (c === '<') {
      const m = CONTROL.exec(text.slice(i));
      if (!m) problems.push(`unescaped "<" at ${i}`);
      else i += m[0].length - 1;
    }
  }
  return problems;
}

/** Mentions, broadcasts and links a text contains (what a reader would see as live). */
export function liveParts(text: string): { mentions: string[]; broadcasts: string[]; links: string[] } {
  const mentions: string[] = [];
  const broadcasts: string[] = [];
  const links: string[] = [];
  for (const m of text.matchAll(/<([^<>]+)>/g)) {
    const inner = (m[1] ?? '').split('|')[0] ?? '';
    if (inner.startsWith('@')) mentions.push(inner.slice(1));
    else if (/^!(channel|here|everyone)$/.test(inner)) broadcasts.push(inner.slice(1));
    else if (/^(https?:|mailto:)/.test(inner)) links.push(inner);
  }
  return { mentions, broadcasts, links };
}

function textObject(t: unknown, path: string, max: number, problems: string[], plainOnly = false): string {
  if (typeof t !== 'object' || t === null) {
    problems.push(`${path}: must be a text object`);
    return '';
  }
  const o = t as Json;
  if (o.type !== 'plain_text' && o.type !== 'mrkdwn') problems.push(`${path}.type must be plain_text or mrkdwn`);
  if (plainOnly && o.type !== 'plain_text') problems.push(`${path}.type must be plain_text`);
  if (typeof o.text !== 'string' || o.text.length === 0) problems.push(`${path}.text is required`);
  const text = typeof o.text === 'string' ? o.text : '';
  if (text.length > max) problems.push(`${path}.text must be at most ${max} characters (got ${text.length})`);
  if (o.type === 'mrkdwn') for (const p of mrkdwnProblems(text)) problems.push(`${path}.text: ${p}`);
  return o.type === 'mrkdwn' ? text : '';
}

function element(e: Json, path: string, problems: string[], texts: string[]): void {
  if (typeof e.action_id === 'string' && e.action_id.length > 255) problems.push(`${path}.action_id too long`);
  switch (e.type) {
    case 'button':
      textObject(e.text, `${path}.text`, 75, problems, true);
      if (typeof e.value === 'string' && e.value.length > 2000) problems.push(`${path}.value too long`);
      if (e.url !== undefined && (typeof e.url !== 'string' || e.url.length > 3000)) problems.push(`${path}.url invalid`);
      if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') problems.push(`${path}.style invalid`);
      break;
    case 'mrkdwn':
    case 'plain_text':
      texts.push(textObject(e, path, 3000, problems));
      break;
    case 'image':
      if (typeof e.image_url !== 'string' || typeof e.alt_text !== 'string') problems.push(`${path}: image needs image_url and alt_text`);
      break;
    case 'plain_text_input':
    case 'number_input':
    case 'users_select':
    case 'static_select':
    case 'radio_buttons':
      if (e.type === 'number_input' && typeof e.is_decimal_allowed !== 'boolean') problems.push(`${path}.is_decimal_allowed is required`);
      if ((e.type === 'static_select' || e.type === 'radio_buttons') && (!Array.isArray(e.options) || e.options.length === 0 || e.options.length > 100)) {
        problems.push(`${path}.options must hold 1-100 options`);
      }
      if (Array.isArray(e.options)) {
        e.options.forEach((o: Json, i) => {
          textObject(o.text, `${path}.options[${i}].text`, 75, problems);
          if (typeof o.value !== 'string' || o.value.length > 150) problems.push(`${path}.options[${i}].value invalid`);
        });
      }
      break;
    default:
      problems.push(`${path}.type ${String(e.type)} is not supported here`);
  }
}

/** Validates a blocks array; returns the problems and the mrkdwn texts it holds. */
export function checkBlocks(blocks: unknown, surface: 'message' | 'modal'): { problems: string[]; texts: string[] } {
  const problems: string[] = [];
  const texts: string[] = [];
  if (!Array.isArray(blocks)) return { problems: ['blocks must be an array'], texts };
  const max = surface === 'message' ? MAX_MESSAGE_BLOCKS : MAX_MODAL_BLOCKS;
  if (blocks.length > max) problems.push(`no more than ${max} items allowed [json-pointer:/blocks]`);
  const ids = new Set<string>();
  blocks.forEach((raw: unknown, i) => {
    const b = (raw ?? {}) as Json;
    const path = `blocks[${i}]`;
    if (typeof b.block_id === 'string') {
      if (b.block_id.length > 255) problems.push(`${path}.block_id too long`);
      if (ids.has(b.block_id)) problems.push(`${path}.block_id ${b.block_id} is not unique`);
      ids.add(b.block_id);
    }
    switch (b.type) {
      case 'header':
        textObject(b.text, `${path}.text`, 150, problems, true);
        break;
      case 'section': {
        if (b.text === undefined && b.fields === undefined) problems.push(`${path} needs text or fields`);
        if (b.text !== undefined) texts.push(textObject(b.text, `${path}.text`, 3000, problems));
        if (b.fields !== undefined) {
          if (!Array.isArray(b.fields) || b.fields.length > 10) problems.push(`${path}.fields must hold at most 10 items`);
          else b.fields.forEach((f: unknown, j) => texts.push(textObject(f, `${path}.fields[${j}]`, 2000, problems)));
        }
        if (b.accessory !== undefined) element(b.accessory as Json, `${path}.accessory`, problems, texts);
        break;
      }
      case 'context':
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 10) problems.push(`${path}.elements must hold 1-10 items`);
        else b.elements.forEach((e: Json, j) => element(e, `${path}.elements[${j}]`, problems, texts));
        break;
      case 'actions':
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 25) problems.push(`${path}.elements must hold 1-25 items`);
        else b.elements.forEach((e: Json, j) => element(e, `${path}.elements[${j}]`, problems, texts));
        break;
      case 'divider':
        break;
      case 'input':
        if (surface !== 'modal') problems.push(`${path}: input blocks belong in modals`);
        textObject(b.label, `${path}.label`, 2000, problems, true);
        if (typeof b.element !== 'object' || b.element === null) problems.push(`${path}.element is required`);
        else element(b.element as Json, `${path}.element`, problems, texts);
        break;
      default:
        problems.push(`${path}.type ${String(b.type)} is not a known block`);
    }
  });
  return { problems, texts };
}

/** Validates a modal view as views.open / views.update do. */
export function checkView(view: unknown): string[] {
  if (typeof view !== 'object' || view === null) return ['view is required'];
  const v = view as Json;
  const problems: string[] = [];
  if (v.type !== 'modal') problems.push('view.type must be modal');
  textObject(v.title, 'view.title', 24, problems, true);
  if (v.submit !== undefined) textObject(v.submit, 'view.submit', 24, problems, true);
  if (v.close !== undefined) textObject(v.close, 'view.close', 24, problems, true);
  if (typeof v.callback_id === 'string' && v.callback_id.length > 255) problems.push('view.callback_id too long');
  if (typeof v.private_metadata === 'string' && v.private_metadata.length > 3000) problems.push('view.private_metadata too long');
  const hasInput = Array.isArray(v.blocks) && v.blocks.some((b: Json) => b?.type === 'input');
  if (hasInput && v.submit === undefined) problems.push('view.submit is required when the view has input blocks');
  problems.push(...checkBlocks(v.blocks, 'modal').problems);
  return problems;
}
