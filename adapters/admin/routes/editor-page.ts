import { Router } from 'express';
import { type AdminAssets, editorScriptUrl } from '../assets.js';
import { signedIn } from '../auth/principal.js';
import { html } from '../html.js';
import { layout } from '../pages/layout.js';

/** The editor is a small Preact app; the page gives it a place and its CSRF token (in the layout). */
export function editorPage(assets: () => Promise<AdminAssets>): Router {
  const router = Router();
  router.get('/definition', async (_req, res) => {
    const script = editorScriptUrl(await assets());
    const body = html`<div id="editor" class="editor-root"><p>Loading the editor…</p></div>
<noscript><p class="error-text">The editor needs JavaScript. The YAML of every version is on the <a href="/admin/versions">versions page</a>.</p></noscript>`;
    res.type('html').send(layout({ title: 'Lead definition', principal: signedIn(res), body, scripts: [script], wide: true }).value);
  });
  return router;
}
