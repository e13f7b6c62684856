import { createDocument } from 'zod-openapi';
import { adminApiPaths } from '../../admin/api-doc.js';
import { publicPaths } from './public-paths.js';

/**
 * Served elsewhere under their own protocols, so not in this document: the admin's HTML pages,
 * Slack's and Bot Framework's webhooks (their payloads are Slack's and Microsoft's to document).
 */
export const UNDOCUMENTED = [/^\/admin(\/|$)/, /^\/slack\//, /^\/api\/messages$/];

/** The OpenAPI 3.1 document of the public and admin APIs, generated from the zod schemas the routes validate with. */
export function apiDocument(version: string) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Kysy',
      version,
      description:
        'Conversational lead qualification. The visitor API (the widget uses it) never exposes scores, decisions or owners; the admin API does, to the admin token or a signed-in session. Every error is `{error: {code, message}}`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'Visitor', description: "The widget's API: CORS for WIDGET_ORIGINS, rate-limited per client IP." },
      { name: 'Admin', description: 'Bearer ADMIN_TOKEN, or the admin session cookie plus the x-csrf-token header on changes.' },
      { name: 'Operations' },
      { name: 'Widget' },
    ],
    paths: { ...publicPaths, ...adminApiPaths },
    components: {
      securitySchemes: {
        adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN: the admin role, for automation.' },
        adminSession: { type: 'apiKey', in: 'cookie', name: 'kysy_admin_session', description: 'A signed-in person; unsafe methods also need x-csrf-token.' },
        metricsToken: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN.' },
      },
    },
  });
}
