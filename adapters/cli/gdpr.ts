// A person's rights from the command line, by the e-mail address they gave (any case):
//   npm run gdpr -- export --email anna@example.fi   every stored item about them as JSON on stdout
//   npm run gdpr -- erase --email anna@example.fi    erase them for good (texts, typed answers, contact
//                                                    details, the link to their browser); prints what
// Both are audited (actor `cli:<os user>`). Uses the server's DATABASE_URL / DATA_DIR; a running server's
// Slack worker then redraws the person's cards.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config/config.js';
import { openStore } from '../store/index.js';

const USAGE = 'usage: npm run gdpr -- <export|erase> --email <address>';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ options: { email: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
const command = z.enum(['export', 'erase']).safeParse(positionals[0]);
const email = z.email().max(254).safeParse(values.email);
if (!command.success || positionals.length !== 1) fail(USAGE);
if (!email.success) fail(`--email must be an e-mail address\n${USAGE}`);

const config = loadConfig(process.env);
if (!config.ok) fail(`bad configuration\n  ${config.errors.join('\n  ')}`);
const store = await openStore({ databaseUrl: config.config.DATABASE_URL, dataDir: config.config.DATA_DIR });
try {
  const actor = `cli:${userInfo().username}`;
  if (command.data === 'export') {
    process.stdout.write(`${JSON.stringify(await store.exportPerson(email.data, actor), null, 2)}\n`);
  } else {
    const erasure = await store.erasePerson(email.data, actor);
    const { counts } = erasure;
    process.stdout.write(
      `erased ${erasure.id}: ${counts.conversations} conversations, ${counts.messages} messages, ${counts.answers} answers, ${counts.leads} leads, ${counts.cards} Slack cards to redraw\n`,
    );
  }
} finally {
  await store.close();
}
