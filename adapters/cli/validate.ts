// Checks a lead definition file before it is published: `npm run validate -- <file>`.
// Prints a one-line summary when it is valid, otherwise every problem on its own line and exits 1.
import { readFileSync } from 'node:fs';
import { parseDefinition } from '../../qualification/definition/parse.js';

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) fail(['usage: npm run validate -- <lead-definition.yaml>']);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail([`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
}

const result = parseDefinition(text);
if (!result.ok) fail(result.errors);
const { criteria, locales } = result.definition;
process.stdout.write(`valid: ${criteria.length} criteria, locales ${locales.join(', ')}\n`);
