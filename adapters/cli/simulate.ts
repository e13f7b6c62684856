// A terminal chat against the engine, for whoever writes a lead definition: type as a visitor,
// see what was understood and how the answers score after every turn.
// Usage: npm run simulate -- --definition lead-definition.example.yaml --locale fi
// "#2" clicks the second button of the last question; "/quit" (or end of input) stops.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Choice, TurnResult, VisitorInput } from '../../bot/conversation.js';
import { begin, turn } from '../../bot/engine/turn.js';
import { parseDefinition } from '../../qualification/definition/parse.js';
import { Locale, type LeadDefinition } from '../../qualification/definition/schema.js';

const { values } = parseArgs({
  options: {
    definition: { type: 'string', default: 'lead-definition.example.yaml' },
    locale: { type: 'string', default: 'en' },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function load(file: string): LeadDefinition {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`Cannot read ${file}`);
  }
  const parsed = parseDefinition(text);
  if (!parsed.ok) fail(`${file} is not a valid lead definition:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.definition;
}

const locale = Locale.safeParse(values.locale);
if (!locale.success) fail(`--locale must be one of ${Locale.options.join(', ')}`);
const definition = load(values.definition);

function show(result: TurnResult): Choice[] {
  const out: string[] = [];
  let choices: Choice[] = [];
  for (const reply of result.replies) {
    out.push(`bot> ${reply.text}`);
    if (reply.choices) {
      choices = reply.choices;
      out.push(`     ${reply.choices.map((c, i) => `[#${i + 1} ${c.label}]`).join(' ')}`);
    }
  }
  for (const event of result.events) {
    if (event.type === 'answer_recorded') {
      const a = event.answer;
      out.push(`  understood: ${a.criterionId} = ${JSON.stringify(a.value)} (${a.source}, confidence ${a.confidence})`);
    } else if (event.type === 'criterion_skipped') out.push(`  skipped: ${event.criterionId}`);
    else if (event.type === 'consent_changed') out.push(`  consent: ${event.consent}`);
    else if (event.type === 'handoff_requested') out.push(`  handoff requested (${event.reason})`);
    else if (event.type === 'conversation_closed') out.push('  conversation closed');
  }
  const state = result.state;
  const s = result.lead.score;
  out.push(`  score: fit ${s.fit}, intent ${s.intent}, total ${s.total}, decision ${s.decision}`);
  for (const c of s.perCriterion) out.push(`    ${c.id}: ${JSON.stringify(c.value)} → ${c.points} (${c.reason})`);
  if (s.disqualifiedBy) out.push(`    disqualified by ${s.disqualifiedBy.criterionId}: ${s.disqualifiedBy.reason}`);
  if (s.missing.length) out.push(`    still open: ${s.missing.join(', ')}`);
  out.push(`  asking: ${state.asking ?? '-'}  phase: ${state.phase}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return choices;
}

function inputFrom(line: string, choices: Choice[]): VisitorInput {
  const click = /^#(\d+)$/.exec(line.trim());
  const choice = click ? choices[Number(click[1]) - 1] : undefined;
  return choice ? { choice: choice.id } : { text: line.slice(0, 4000) };
}

let result = begin(definition, { locale: locale.data, previousAnswers: [], variants: {} }, new Date());
let choices = show(result);
const rl = createInterface({ input: process.stdin, terminal: false });
for await (const line of rl) {
  if (line.trim() === '/quit') break;
  process.stdout.write(`you> ${line}\n`);
  result = turn(definition, result.state, inputFrom(line, choices), new Date());
  choices = show(result);
}
rl.close();
