import { Router } from 'express';
import { z } from 'zod';
import { ConversationState, VisitorInput, type TurnResult } from '../../../bot/conversation.js';
import { begin, turn } from '../../../bot/engine/turn.js';
import type { Clock } from '../../../bot/ports/runtime.js';
import { type DefinitionStore, type PublishedDefinition, VersionMoved } from '../../../bot/ports/definitions.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { validateDefinition } from '../../../qualification/definition/parse.js';
import { type LeadDefinition, Locale } from '../../../qualification/definition/schema.js';
import { sameDefinition } from '../../../qualification/definition/same.js';
import type { DraftStore } from '../../store/definition-drafts.js';
import { HttpError } from '../../http/errors.js';
import { signedIn } from '../auth/principal.js';

const BaseVersion = z.number().int().min(1).max(1_000_000);
/** `baseVersion`: the published version the editor's content started from (kept with the draft). */
export const DraftBody = z.object({ definition: z.unknown(), baseVersion: BaseVersion.optional() });
/** `baseVersion`: the version the content started from; without it, the draft's (none: no check). */
export const PublishBody = z.object({ definition: z.unknown(), note: z.string().trim().max(500).default(''), baseVersion: BaseVersion.optional() });
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
 * Why content that started from version `base` may not be published over `live`, or null when it may:
 * a version went live since (a colleague's publish, a rollback) and says something else than `base`
 * did, so publishing would silently undo it. A later version with the same content (a rollback to
 * `base` itself) takes nothing away.
 */
async function staleBase(store: DefinitionStore, base: number | null, live: PublishedDefinition): Promise<string | null> {
  if (base === null || base >= live.version) return null;
  const started = await store.version(base);
  if (started && sameDefinition(started.definition, live.definition)) return null;
  return (
    `Version ${live.version} went live after this draft started from version ${base} ` +
    `(${live.author}, ${live.createdAt.replace('T', ' ').slice(0, 16)} UTC: ${live.note}). Publishing the draft would undo it. ` +
    `Compare version ${base} with version ${live.version}, then keep the draft on top of version ${live.version} or discard it.`
  );
}

/**
 * The definition editor's JSON API under /api/admin/definition (marketers and admins): the shared
 * draft, publishing, and a preview that runs the real engine on the draft without storing anything.
 */
export function editorApi(deps: { store: DraftStore & DefinitionStore; definitions: DefinitionCatalog; clock: Clock }): Router {
  const router = Router();
  // Read from the store, not the catalog's cache: the check must see another instance's publish.
  const livePublished = async () => (await deps.store.published()) ?? (await deps.definitions.current());

  /** Throws the 409 that explains why `definition`, started from `base`, may not go live over `live`. */
  const refuseStale = async (base: number | null, live: PublishedDefinition, definition: LeadDefinition) => {
    const stale = await staleBase(deps.store, base, live);
    if (stale) throw new HttpError('conflict', stale);
    if (sameDefinition(definition, live.definition)) throw new HttpError('conflict', `Nothing to publish: this is the same as the live version ${live.version}.`);
  };

  router.get('/definition/draft', async (_req, res) => {
    const [draft, live] = await Promise.all([deps.store.draft(), livePublished()]);
    const baseVersion = draft?.baseVersion ?? live.version;
    res.json({
      definition: draft?.definition ?? live.definition,
      hasDraft: !!draft,
      baseVersion,
      publishedVersion: live.version,
      publishedDefinition: live.definition,
      updatedBy: draft?.updatedBy ?? null,
      updatedAt: draft?.updatedAt ?? null,
      conflict: await staleBase(deps.store, baseVersion, live),
    });
  });

  router.put('/definition/draft', async (req, res) => {
    const body = DraftBody.safeParse(req.body);
    if (!body.success || body.data.definition === undefined) throw new HttpError('bad_request', 'Send {definition, baseVersion}.');
    const [draft, live] = await Promise.all([deps.store.draft(), livePublished()]);
    // The draft keeps the version its content started from, whoever saves it; sending the live
    // version is how an editor says "keep my draft on top of it" after seeing what changed.
    const base = Math.min(body.data.baseVersion ?? draft?.baseVersion ?? live.version, live.version);
    const saved = await deps.store.saveDraft(body.data.definition, base, signedIn(res).email, deps.clock.now());
    const checked = validateDefinition(saved.definition);
    res.json({ updatedAt: saved.updatedAt, updatedBy: saved.updatedBy, baseVersion: base, errors: checked.ok ? [] : checked.errors, conflict: await staleBase(deps.store, base, live) });
  });

  router.delete('/definition/draft', async (_req, res) => {
    await deps.store.discardDraft();
    res.status(204).end();
  });

  router.post('/definition/publish', async (req, res) => {
    const body = PublishBody.safeParse(req.body);
    if (!body.success) throw new HttpError('bad_request', 'Send {definition, note, baseVersion}.');
    const definition = runnable(body.data.definition, 'Fix the definition first.');
    const [draft, live] = await Promise.all([deps.store.draft(), livePublished()]);
    const base = body.data.baseVersion ?? draft?.baseVersion ?? null;
    await refuseStale(base, live, definition);
    // The checks above saw `live`; the store refuses the publish if another went live since.
    const published = await deps.store.publish(definition, signedIn(res).email, body.data.note || 'published from the editor', { latestVersion: live.version }).catch(async (error: unknown) => {
      if (!(error instanceof VersionMoved)) throw error;
      const now = await livePublished();
      await refuseStale(base ?? live.version, now, definition);
      throw new HttpError('conflict', `Version ${now.version} went live while this was being published. Reload the editor and publish again if the draft should still go live.`);
    });
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
