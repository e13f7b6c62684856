import { type Response, Router } from 'express';
import { type CompressedAsset, IMMUTABLE, sendAsset } from '../assets/compressed.js';
import { HttpError } from '../errors.js';

/** The stable address every embedding page names; it points at the current build for a few minutes at a time. */
export const WIDGET_PATH = '/widget.js';
const POINTER_CACHE = 'public, max-age=300';

/**
 * `/widget.js` redirects to `/widget.<hash>.js`, which browsers keep for a year without asking again.
 * A page view costs at most one tiny redirect after a deploy instead of re-validating the script each
 * time. The script is embedded on customers' sites, so other origins may load it.
 */
export function widgetRoutes(widget: CompressedAsset | null): Router {
  const router = Router();
  const built = (res: Response): CompressedAsset => {
    if (!widget) throw new HttpError('not_found', 'The widget has not been built (npm run build:widget).');
    res.set('Cross-Origin-Resource-Policy', 'cross-origin');
    return widget;
  };
  router.get(WIDGET_PATH, (_req, res) => {
    const { hash } = built(res);
    res.set('Cache-Control', POINTER_CACHE).redirect(302, `/widget.${hash}.js`);
  });
  router.get('/widget.:hash.js', (req, res) => {
    const current = built(res);
    // An older hash (a page that cached the redirect across a deploy, or another instance mid-rollout)
    // gets the current build, but only for this once: its URL no longer names these bytes.
    sendAsset(req, res, current, req.params.hash === current.hash ? IMMUTABLE : 'no-cache');
  });
  return router;
}
