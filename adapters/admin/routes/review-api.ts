import { Router } from 'express';
import { z } from 'zod';
import { normalisePhrase } from '../../../bot/review/items.js';
import type { DefinitionStore } from '../../../bot/ports/definitions.js';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { validateDefinition } from '../../../qualification/definition/parse.js';
import { Locale } from '../../../qualification/definition/schema.js';
import { HttpError, parseOr400 } from '../../http/errors.js';
import type { DraftStore } from '../../store/definition-drafts.js';
import type { ReviewStore } from '../../store/review-queue.js';
import { requirePermission } from '../auth/guards.js';
import { signedIn } from '../auth/principal.js';
import { withSynonym } from '../review/synonym.js';
import { reviewView, weekStarts } from '../review/view.js';

export const ReviewGroupKey = z.object({
  criterionId: z.string().min(1).max(200),
  locale: Locale,
  phrase: z.string().trim().min(1).max(500),
});
export const TeachBody = ReviewGroupKey.extend({
  optionId: z.string().min(1).max(200),
  /** The words to add when the marketer trimmed the phrase ("lifts" from "lifts, mostly"); the phrase itself by default. */
  synonym: z.string().trim().min(1).max(200).optional(),
});

export interface ReviewApiDeps {
  store: ReviewStore & DraftStore & DefinitionStore;
  definitions: DefinitionCatalog;
  clock: Clock;
}

/**
 * The review queue under /api/admin/review: what visitors wrote that the bot did not understand,
 * grouped, for every role to read; marketers and admins teach a phrase to the draft definition as
 * an option's synonym ("means option X") or ignore it.
 */
export function reviewApi(deps: ReviewApiDeps): Router {
  const { store, definitions, clock } = deps;
  const router = Router();

  /** What the editor would open: the shared draft, else the live definition. */
  async function draftOrLive() {
    const [draft, current] = await Promise.all([store.draft(), definitions.current()]);
    return { draft, current, definition: draft?.definition ?? current.definition };
  }

  router.get('/review', async (_req, res) => {
    const weeks = weekStarts(clock.now());
    const [{ current, definition }, groups, weekly, versions] = await Promise.all([
      draftOrLive(),
      store.reviewGroups(),
      store.notUnderstoodByWeek(new Date(`${weeks[0]}T00:00:00.000Z`)),
      store.definitionVersions(),
    ]);
    const checked = validateDefinition(definition);
    res.json(reviewView(checked.ok ? checked.definition : current.definition, groups, weekly, weeks, versions));
  });

  router.post('/review/teach', requirePermission('edit'), async (req, res) => {
    const body = parseOr400(TeachBody, req.body);
    const phrase = normalisePhrase(body.phrase, body.locale);
    const synonym = normalisePhrase(body.synonym ?? body.phrase, body.locale);
    if (!synonym) throw new HttpError('bad_request', 'synonym: needs at least one letter or digit');
    const { draft, current, definition } = await draftOrLive();
    const taught = withSynonym(definition, { ...body, phrase: synonym });
    if (!taught.ok) throw new HttpError('conflict', `${taught.problem} Open the definition editor to check the draft.`);
    if (taught.added) await store.saveDraft(taught.definition, draft?.baseVersion ?? current.version, signedIn(res).email, clock.now());
    const settled = await store.settleReview({ criterionId: body.criterionId, locale: body.locale, phrase }, 'taught');
    const checked = validateDefinition(taught.definition);
    res.json({ added: taught.added, settled, synonym, draftErrors: checked.ok ? [] : checked.errors });
  });

  router.post('/review/ignore', requirePermission('edit'), async (req, res) => {
    const body = parseOr400(ReviewGroupKey, req.body);
    const settled = await store.settleReview({ ...body, phrase: normalisePhrase(body.phrase, body.locale) }, 'ignored');
    res.json({ settled });
  });

  return router;
}
