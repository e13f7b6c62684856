import { type Response, Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { AdminRole, AdminUser, AdminUserStore } from '../../store/admin-users.js';
import { HttpError } from '../../http/errors.js';
import { generatePassword, hashPassword } from '../auth/passwords.js';
import { type Principal, signedIn } from '../auth/principal.js';
import { html } from '../html.js';
import { csrfField, layout } from '../pages/layout.js';

export const ROLES: Array<{ role: AdminRole; means: string }> = [
  { role: 'marketer', means: 'edits, previews, publishes and rolls back the definition; reads leads' },
  { role: 'analyst', means: 'reads leads, versions and A/B results' },
  { role: 'admin', means: 'everything, and manages users' },
];

const NewUser = z.object({ email: z.email().max(320), role: z.enum(['marketer', 'analyst', 'admin']) });

function usersPage(principal: Principal, users: AdminUser[], notice?: { ok: boolean; text: string; password?: string }) {
  return layout({
    title: 'Users',
    principal,
    body: html`${notice
      ? html`<div class="${notice.ok ? 'notice' : 'error-text'}" role="${notice.ok ? 'status' : 'alert'}"><p>${notice.text}</p>
        ${notice.password ? html`<p>One-time password (shown only now): <code class="secret">${notice.password}</code></p>` : ''}</div>`
      : ''}
<table><caption>People who can sign in</caption>
<thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Since</th><th scope="col">Actions</th></tr></thead>
<tbody>${users.map(
      (u) => html`<tr><td>${u.email}${u.mustChangePassword ? html` <span class="tag">one-time password</span>` : ''}</td><td>${u.role}</td><td>${u.createdAt.slice(0, 10)}</td>
<td>${u.id === principal.userId
        ? 'you'
        : html`<form method="post" action="/admin/users/${u.id}/reset" class="inline">${csrfField(principal)}<button type="submit">Reset password</button></form>
  <form method="post" action="/admin/users/${u.id}/delete" class="inline">${csrfField(principal)}<button type="submit" class="danger" aria-label="Remove ${u.email}">Remove</button></form>`}</td></tr>`,
    )}</tbody></table>
<form method="post" action="/admin/users" class="narrow">${csrfField(principal)}
<h2>Add a user</h2>
<label for="new-email">Email</label><input id="new-email" name="email" type="email" required>
<label for="new-role">Role</label><select id="new-role" name="role">${ROLES.map((r) => html`<option value="${r.role}">${r.role}: ${r.means}</option>`)}</select>
<button type="submit">Add user</button>
</form>`,
  });
}

/** Admins only (the router mounts this behind the `users` permission). */
export function userRoutes(deps: { store: AdminUserStore; clock: Clock }): Router {
  const router = Router();
  const show = async (res: Response, status: number, notice?: Parameters<typeof usersPage>[2]) =>
    res.status(status).type('html').send(usersPage(signedIn(res), await deps.store.listAdminUsers(), notice).value);

  router.get('/users', async (_req, res) => show(res, 200));

  router.post('/users', async (req, res) => {
    const body = NewUser.safeParse(req.body);
    if (!body.success) return show(res, 400, { ok: false, text: 'Give a valid email and one of the roles.' });
    const password = generatePassword();
    const created = await deps.store.createAdminUser(
      { email: body.data.email, passwordHash: await hashPassword(password), role: body.data.role, mustChangePassword: true },
      deps.clock.now(),
    );
    if (!created) return show(res, 409, { ok: false, text: 'A user with that email exists already.' });
    return show(res, 201, { ok: true, text: `Added ${created.email} as ${created.role}. Give them this password; they choose their own at the first sign-in.`, password });
  });

  router.post('/users/:id/reset', async (req, res) => {
    const user = (await deps.store.listAdminUsers()).find((u) => u.id === req.params.id);
    if (!user || user.id === signedIn(res).userId) throw new HttpError('not_found', 'No such user (change your own password on your account page).');
    const password = generatePassword();
    await deps.store.setAdminPassword(user.id, await hashPassword(password), true);
    return show(res, 200, { ok: true, text: `New one-time password for ${user.email}; their sessions were signed out.`, password });
  });

  router.post('/users/:id/delete', async (req, res) => {
    if (req.params.id === signedIn(res).userId) throw new HttpError('bad_request', 'You cannot remove yourself.');
    if (!(await deps.store.deleteAdminUser(req.params.id))) throw new HttpError('not_found', 'No such user.');
    return show(res, 200, { ok: true, text: 'User removed.' });
  });

  return router;
}
