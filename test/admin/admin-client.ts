import type { Store } from '../../adapters/store/index.js';
import type { AdminRole } from '../../adapters/store/admin-users.js';
import { hashPassword } from '../../adapters/admin/auth/passwords.js';

export const PASSWORD = 'correct horse battery staple';

/** Creates a user who has chosen their own password (no one-time password to replace). */
export async function addUser(store: Store, email: string, role: AdminRole, password = PASSWORD) {
  const user = await store.createAdminUser({ email, passwordHash: await hashPassword(password), role, mustChangePassword: false }, new Date());
  if (!user) throw new Error(`user ${email} exists`);
  return user;
}

/** A user of `role` who has signed in through the form: a browser-like client of the server at `baseUrl`. */
export async function signedInUser(kysy: { store: Store; server: { url: string } }, email: string, role: AdminRole): Promise<AdminClient> {
  await addUser(kysy.store, email, role);
  const client = new AdminClient(kysy.server.url);
  const response = await client.signIn(email);
  if (response.status !== 303) throw new Error(`${email} could not sign in: ${response.status}`);
  return client;
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!);
export const csrfIn = (page: string) => /name="csrf-token" content="([^"]+)"/.exec(page)?.[1] ?? /name="_csrf" value="([^"]+)"/.exec(page)?.[1];

/** A browser-like admin client over fetch: keeps its cookies and the page's CSRF token. */
export class AdminClient {
  cookies = new Map<string, string>();
  csrf = '';

  constructor(readonly baseUrl: string) {}

  private keep(response: Response) {
    for (const pair of cookiesOf(response)) {
      const [name, value] = pair.split('=') as [string, string];
      if (value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, init: { form?: Record<string, string>; json?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { cookie: this.cookieHeader, ...init.headers };
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    } else if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    return this.keep(await fetch(this.baseUrl + path, { method, headers, body, redirect: 'manual' }));
  }

  get(path: string) {
    return this.request('GET', path);
  }

  /** Signs in through the real form; returns the sign-in response (303 on success). */
  async signIn(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
    const form = await (await this.request('GET', '/admin/login', { headers })).text();
    const response = await this.request('POST', '/admin/login', { form: { email, password, _csrf: csrfIn(form) ?? '' }, headers });
    if (response.status === 303) await this.refreshCsrf();
    return response;
  }

  async refreshCsrf() {
    const page = await (await this.get('/admin/account')).text();
    this.csrf = csrfIn(page) ?? '';
  }

  /** A form post carrying the session's CSRF token. */
  post(path: string, form: Record<string, string> = {}) {
    return this.request('POST', path, { form: { _csrf: this.csrf, ...form } });
  }

  /** A JSON call to the editor API carrying the CSRF header. */
  call(method: string, path: string, json?: unknown) {
    return this.request(method, path, { json, headers: { 'x-csrf-token': this.csrf } });
  }
}
