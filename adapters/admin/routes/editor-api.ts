import { Router } from 'express';
import { z } from 'zod';
import { ConversationState, VisitorInput, type TurnResult } from '../../../bot/conversation.js';
import { begin, turn } from '../../../bot/engine/turn.js';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { DefinitionStore } from '../../../bot/ports/store.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { validateDefinition } from '../../../qualification/definition/parse.js';
import { type LeadDefinition, Locale } from '../../../qualification/definition/schema.js';
import type { DraftStore } from '../../store/definition-drafts.js';
import { HttpError } from '../../http/errors.js';
import { signedIn } from '../auth/principal.js';

export const DraftBody = z.object({ definition: z.unknown() });
export const PublishBody = z.object({ definition: z.unknown(), note: z.string().trim().max(500).default('') });
export const PreviewStart = z.object({ definition: z.unknown(), locale: Locale });
export const PreviewTurn = z.object({ definition: z.unknown(), state: ConversationState, input: VisitorInput });

/** What the preview pane shows after each turn: the replies, the answers so far, the score and the route. */
function previewOf(result: TurnResult) {
  return {
    replies: result.replies,
    state: result.state,
    recorded: result.events.flatMap((e) => (e.type === 'answer_recorded' ? [e.answer] : [])),
    answers: Object.values(result.state.answers),
    score: result.lead.score,
    owner: result.lead.owner,
  };
}

/** A definition the engine can run, or a 422 naming every problem (the editor shows each by its field). */
function runnable(definition: unknown, message: string): LeadDefinition {
  const checked = validateDefinition(definition);
  if (!checked.ok) throw new HttpError('invalid_definition', message, { errors: checked.errors });
  return checked.definition;
}

/**
 * The definition editor's JSON API under /api/admin/definition (marketers and admins): the shared
 * draft, publishing, and a preview that runs the real engine on the draft without storing anything.
 */
export function editorApi(deps: { store: DraftStore & DefinitionStore; definitions: DefinitionCatalog; clock: Clock }): Router {
  const router = Router();

  router.get('/definition/draft', async (_req, res) => {
    const [draft, current] = await Promise.all([deps.store.draft(), deps.definitions.current()]);
    res.json({
      definition: draft?.definition ?? current.definition,
      hasDraft: !!draft,
      baseVersion: draft?.baseVersion ?? current.version,
      publishedVersion: current.version,
      updatedBy: draft?.updatedBy ?? null,
      updatedAt: draft?.updatedAt ?? null,
    });
  });

  router.put('/definition/draft', async (req, res) => {
    const body = DraftBody.safeParse(req.body);
    if (!body.success || body.data.definition === undefined) throw new HttpError('bad_request', 'Send {definition}.');
    const current = await deps.definitions.current();
    const saved = await deps.store.saveDraft(body.data.definition, current.version, signedIn(res).email, deps.clock.now());
    const checked = validateDefinition(saved.definition);
    res.json({ updatedAt: saved.updatedAt, errors: checked.ok ? [] : checked.errors });
  });

  router.delete('/definition/draft', async (_req, res) => {
    await deps.store.discardDraft();
    res.status(204).end();
  });

  router.post('/definition/publish', async (req, res) => {
    const body = PublishBody.safeParse(req.body);
    if (!body.success) throw new HttpError('bad_request', 'Send {definition, note}.');
    const definition = runnable(body.data.definition, 'Fix the definition first.');
    const published = await deps.store.publish(definition, signedIn(res).email, body.data.note || 'published from the editor');
    await deps.store.discardDraft();
    res.status(201).json({ version: published.version, author: published.author, createdAt: published.createdAt });
  });

  router.post('/definition/preview/start', (req, res) => {
    const body = PreviewStart.safeParse(req.body);
    if (!body.success) throw new HttpError('bad_request', 'Send {definition, locale}.');
    const definition = runnable(body.data.definition, 'Fix the definition before previewing.');
    const result = begin(definition, { locale: body.data.locale, previousAnswers: [], variants: {} }, deps.clock.now());
    res.json(previewOf(result));
  });

  router.post('/definition/preview/turn', (req, res) => {
    const body = PreviewTurn.safeParse(req.body);
    if (!body.success) throw new HttpError('bad_request', 'Send {definition, state, input}.');
    const definition = runnable(body.data.definition, 'Fix the definition before previewing.');
    const result = turn(definition, body.data.state, body.data.input, deps.clock.now());
    res.json(previewOf(result));
  });

  return router;
}
