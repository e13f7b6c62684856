import { Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { AdminUserStore } from '../../store/admin-users.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/passwords.js';
import { type Principal, signedIn } from '../auth/principal.js';
import { startSession } from '../auth/sign-in.js';
import { html } from '../html.js';
import { csrfField, layout } from '../pages/layout.js';

const PasswordBody = z.object({ current: z.string().max(1000), password: z.string().max(1000), repeat: z.string().max(1000) });

function accountPage(principal: Principal, notice?: { ok: boolean; text: string }) {
  return layout({
    title: 'Your account',
    principal,
    body: html`<p>Signed in as <strong>${principal.email}</strong> (${principal.role}).</p>
${principal.mustChangePassword ? html`<p class="notice" role="status">You signed in with a one-time password: choose your own before going on.</p>` : ''}
${notice ? html`<p class="${notice.ok ? 'notice' : 'error-text'}" role="${notice.ok ? 'status' : 'alert'}">${notice.text}</p>` : ''}
${principal.userId
  ? html`<form method="post" action="/admin/account/password" class="narrow">${csrfField(principal)}
  <h2>Change password</h2>
  <label for="current">Current password</label><input id="current" name="current" type="password" autocomplete="current-password" required>
  <label for="password">New password (at least ${MIN_PASSWORD_LENGTH} characters)</label><input id="password" name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required>
  <label for="repeat">New password again</label><input id="repeat" name="repeat" type="password" autocomplete="new-password" required>
  <button type="submit">Change password</button>
</form>`
  : ''}`,
  });
}

export function accountRoutes(deps: { store: AdminUserStore; clock: Clock; sessionTtlMs: number }): Router {
  const router = Router();

  router.get('/account', (req, res) => {
    const notice = req.query.changed === '1' ? { ok: true, text: 'Password changed. Other sessions of this account were signed out.' } : undefined;
    res.type('html').send(accountPage(signedIn(res), notice).value);
  });

  router.post('/account/password', async (req, res) => {
    const principal = signedIn(res);
    const body = PasswordBody.safeParse(req.body);
    const fail = (text: string) => res.status(400).type('html').send(accountPage(principal, { ok: false, text }).value);
    if (!principal.userId || !body.success) return fail('Fill in every field.');
    const account = await deps.store.adminCredentials(principal.email);
    if (!account || !(await verifyPassword(account.passwordHash, body.data.current))) return fail('The current password is wrong.');
    if (body.data.password.length < MIN_PASSWORD_LENGTH) return fail(`The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    if (body.data.password !== body.data.repeat) return fail('The two new passwords differ.');
    if (body.data.password === body.data.current) return fail('The new password must differ from the current one.');
    // Every other session of this account ends; this browser gets a new one.
    await deps.store.setAdminPassword(principal.userId, await hashPassword(body.data.password), false);
    await startSession(req, res, { store: deps.store, userId: principal.userId, now: deps.clock.now(), ttlMs: deps.sessionTtlMs });
    res.redirect(303, '/admin/account?changed=1');
  });

  return router;
}
