import { Router } from 'express';
import { type AdminAssets, editorScriptUrl } from '../assets.js';
import { can, signedIn } from '../auth/principal.js';
import { html } from '../html.js';
import { layout } from '../pages/layout.js';

/** The "Not understood" page: a place for the admin bundle's review queue; marketers and admins may teach. */
export function reviewPage(assets: () => Promise<AdminAssets>): Router {
  const router = Router();
  router.get('/review', async (_req, res) => {
    const principal = signedIn(res);
    const script = editorScriptUrl(await assets());
    const body = html`<div id="review" data-can-edit="${can(principal, 'edit') ? 'true' : 'false'}"><p>Loading the review queue…</p></div>
<noscript><p class="error-text">The review queue needs JavaScript; its data is at /api/admin/review.</p></noscript>`;
    res.type('html').send(layout({ title: 'Not understood', principal, body, scripts: [script], wide: true }).value);
  });
  return router;
}
