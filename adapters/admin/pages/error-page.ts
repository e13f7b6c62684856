import type { Response } from 'express';
import type { HttpError } from '../../http/errors.js';
import { principalOf } from '../auth/principal.js';
import { html } from '../html.js';
import { layout } from './layout.js';

const TITLES: Record<number, string> = { 400: 'That did not work', 401: 'Sign in first', 403: 'Not allowed', 404: 'Not found', 429: 'Too many tries' };

/** How the pages answer an error the API would answer as JSON (the `send` of errorHandler). */
export function showErrorPage(res: Response, error: HttpError): void {
  const page = layout({
    title: TITLES[error.status] ?? 'Something went wrong',
    principal: principalOf(res),
    body: html`<p class="error-text" role="alert">${error.message}</p><p><a href="/admin">Back to the admin</a></p>`,
  });
  res.status(error.status).type('html').send(page.value);
}
