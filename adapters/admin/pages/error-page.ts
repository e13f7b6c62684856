import type { Principal } from '../auth/principal.js';
import { type Html, html } from '../html.js';
import { layout } from './layout.js';

const TITLES: Record<number, string> = { 400: 'That did not work', 401: 'Sign in first', 403: 'Not allowed', 404: 'Not found', 429: 'Too many tries' };

export function errorPage(status: number, message: string, principal: Principal | undefined): Html {
  return layout({
    title: TITLES[status] ?? 'Something went wrong',
    principal,
    body: html`<p class="error-text" role="alert">${message}</p><p><a href="/admin">Back to the admin</a></p>`,
  });
}
