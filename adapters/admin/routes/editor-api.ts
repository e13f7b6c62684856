import { Router } from 'express';
import { z } from 'zod';
import { ConversationState, VisitorInput, type TurnResult } from '../../../bot/conversation.js';
import { begin, turn } from '../../../bot/engine/turn.js';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { DefinitionStore } from '../../../bot/ports/store.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { validateDefinition } from '../../../qualification/definition/parse.js';
import { type LeadDefinition, Locale } from '../../../qualification/definition/schema.js';
import { route } from '../../../qualification/route/route.js';
import { score } from '../../../qualification/score/score.js';
import type { DraftStore } from '../../store/definition-drafts.js';
import { refuse } from '../auth/guards.js';
import { signedIn } from '../auth/principal.js';

const DraftBody = z.object({ definition: z.unknown() });
const PublishBody = z.object({ definition: z.unknown(), note: z.string().trim().max(500).default('') });
const PreviewStart = z.object({ definition: z.unknown(), locale: Locale });
const PreviewTurn = z.object({ definition: z.unknown(), state: ConversationState, input: VisitorInput });

/** What the preview pane shows after each turn: the replies, the answers so far, the score and the route. */
function previewOf(definition: LeadDefinition, result: TurnResult) {
  const answers = Object.values(result.state.answers);
  return {
    replies: result.replies,
    state: result.state,
    recorded: result.events.flatMap((e) => (e.type === 'answer_recorded' ? [e.answer] : [])),
    answers,
    score: score(definition, answers, result.state.skipped),
    owner: route(definition, answers).id,
  };
}

/**
 * The definition editor's JSON API (marketers and admins): the shared draft, publishing, and a
 * preview that runs the real engine on the draft without storing anything.
 */
export function editorApi(deps: { store: DraftStore & DefinitionStore; definitions: DefinitionCatalog; clock: Clock }): Router {
  const router = Router();

  router.get('/api/draft', async (_req, res) => {
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

  router.put('/api/draft', async (req, res) => {
    const body = DraftBody.safeParse(req.body);
    if (!body.success || body.data.definition === undefined) return refuse(req, res, 400, 'bad_request', 'Send {definition}.');
    const current = await deps.definitions.current();
    const saved = await deps.store.saveDraft(body.data.definition, current.version, signedIn(res).email, deps.clock.now());
    const checked = validateDefinition(saved.definition);
    res.json({ updatedAt: saved.updatedAt, errors: checked.ok ? [] : checked.errors });
  });

  router.delete('/api/draft', async (_req, res) => {
    await deps.store.discardDraft();
    res.status(204).end();
  });

  router.post('/api/publish', async (req, res) => {
    const body = PublishBody.safeParse(req.body);
    if (!body.success) return refuse(req, res, 400, 'bad_request', 'Send {definition, note}.');
    const checked = validateDefinition(body.data.definition);
    if (!checked.ok) return res.status(422).json({ error: { code: 'invalid_definition', message: 'Fix the definition first.' }, errors: checked.errors });
    const published = await deps.store.publish(checked.definition, signedIn(res).email, body.data.note || 'published from the editor');
    await deps.store.discardDraft();
    return res.status(201).json({ version: published.version, author: published.author, createdAt: published.createdAt });
  });

  router.post('/api/preview/start', (req, res) => {
    const body = PreviewStart.safeParse(req.body);
    if (!body.success) return refuse(req, res, 400, 'bad_request', 'Send {definition, locale}.');
    const checked = validateDefinition(body.data.definition);
    if (!checked.ok) return res.status(422).json({ error: { code: 'invalid_definition', message: 'Fix the definition before previewing.' }, errors: checked.errors });
    const result = begin(checked.definition, { locale: body.data.locale, previousAnswers: [], variants: {} }, deps.clock.now());
    return res.json(previewOf(checked.definition, result));
  });

  router.post('/api/preview/turn', (req, res) => {
    const body = PreviewTurn.safeParse(req.body);
    if (!body.success) return refuse(req, res, 400, 'bad_request', 'Send {definition, state, input}.');
    const checked = validateDefinition(body.data.definition);
    if (!checked.ok) return res.status(422).json({ error: { code: 'invalid_definition', message: 'Fix the definition before previewing.' }, errors: checked.errors });
    const result = turn(checked.definition, body.data.state, body.data.input, deps.clock.now());
    return res.json(previewOf(checked.definition, result));
  });

  return router;
}
