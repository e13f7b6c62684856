import { faviconUrl, stylesheetUrl } from '../assets.js';
import { can, type Permission, type Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../auth/guards.js';
import { type Html, html } from '../html.js';

const NAV: Array<{ href: string; label: string; permission: Permission }> = [
  { href: '/admin/leads', label: 'Leads', permission: 'read' },
  { href: '/admin/outcomes', label: 'Outcomes', permission: 'read' },
  { href: '/admin/definition', label: 'Definition', permission: 'edit' },
  { href: '/admin/review', label: 'Not understood', permission: 'read' },
  { href: '/admin/versions', label: 'Versions', permission: 'read' },
  { href: '/admin/experiments', label: 'A/B tests', permission: 'read' },
  { href: '/admin/users', label: 'Users', permission: 'users' },
];

/** The hidden field every admin form that changes something carries. */
export const csrfField = (principal: Principal | undefined) =>
  principal?.csrfToken ? html`<input type="hidden" name="${CSRF_FIELD}" value="${principal.csrfToken}">` : html``;

export interface PageOptions {
  title: string;
  principal?: Principal;
  body: Html;
  /** Scripts served by the admin itself (the editor bundle); never a CDN. */
  scripts?: string[];
  wide?: boolean;
}

export function layout({ title, principal, body, scripts = [], wide = false }: PageOptions): Html {
  const links = NAV.filter((item) => can(principal, item.permission));
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Kysy admin</title>
<link rel="icon" href="${faviconUrl()}" type="image/svg+xml">
<link rel="stylesheet" href="${stylesheetUrl()}">
${principal?.csrfToken ? html`<meta name="csrf-token" content="${principal.csrfToken}">` : ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <span class="brand">Kysy admin</span>
  ${principal
    ? html`<nav aria-label="Admin"><ul>${links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul></nav>
  <div class="me"><a href="/admin/account">${principal.email}</a> <span class="role">${principal.role}</span>
    <form method="post" action="/admin/logout">${csrfField(principal)}<button type="submit" class="link">Sign out</button></form></div>`
    : ''}
</header>
<main id="main" class="${wide ? 'wide' : ''}">
<h1>${title}</h1>
${body}
</main>
${scripts.map((src) => html`<script src="${src}" defer></script>`)}
</body>
</html>`;
}
