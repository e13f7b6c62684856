// Creates a person who signs in to the admin: `npm run admin:create -- --email you@example.com --role marketer`.
// Prints a one-time password (replaced at the first sign-in); --password-stdin takes a chosen one instead,
// --reset gives an existing user a new one-time password. Uses the server's DATABASE_URL / DATA_DIR.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '../admin/auth/passwords.js';
import { loadConfig } from '../config/config.js';
import { openStore } from '../store/index.js';

const USAGE = 'usage: npm run admin:create -- --email <email> --role <marketer|analyst|admin> [--password-stdin] [--reset]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: { email: { type: 'string' }, role: { type: 'string', default: 'marketer' }, 'password-stdin': { type: 'boolean', default: false }, reset: { type: 'boolean', default: false } },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
const email = z.email().safeParse(values.email);
const role = z.enum(['marketer', 'analyst', 'admin']).safeParse(values.role);
if (!email.success) fail(`--email must be an email address\n${USAGE}`);
if (!role.success) fail(`--role must be marketer, analyst or admin\n${USAGE}`);

const chosen = values['password-stdin'] ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : null;
if (chosen !== null && chosen.length < MIN_PASSWORD_LENGTH) fail(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
const password = chosen ?? generatePassword();

const config = loadConfig(process.env);
if (!config.ok) fail(`bad configuration\n  ${config.errors.join('\n  ')}`);
const store = await openStore({ databaseUrl: config.config.DATABASE_URL, dataDir: config.config.DATA_DIR });
try {
  const passwordHash = await hashPassword(password);
  const existing = await store.adminCredentials(email.data);
  if (existing && !values.reset) fail(`${existing.user.email} exists already (add --reset for a new one-time password)`);
  if (existing) await store.setAdminPassword(existing.user.id, passwordHash, chosen === null);
  else await store.createAdminUser({ email: email.data, passwordHash, role: role.data, mustChangePassword: chosen === null }, new Date());
  const who = existing ? `${existing.user.email} (${existing.user.role})` : `${email.data.toLowerCase()} (${role.data})`;
  process.stdout.write(
    chosen === null ? `${existing ? 'reset' : 'created'} ${who}\none-time password (shown once): ${password}\n` : `${existing ? 'reset' : 'created'} ${who} with the password given\n`,
  );
} finally {
  await store.close();
}
