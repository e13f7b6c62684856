import { Router } from 'express';
import { stringify } from 'yaml';
import { z } from 'zod';
import { type DefinitionStore, VersionMoved } from '../../../bot/ports/definitions.js';
import type { DraftStore, VersionSummary } from '../../store/definition-drafts.js';
import { HttpError } from '../../http/errors.js';
import { requirePermission } from '../auth/guards.js';
import { can, signedIn } from '../auth/principal.js';
import { diffLines, foldUnchanged } from '../diff.js';
import { type Html, html } from '../html.js';
import { csrfField, layout } from '../pages/layout.js';

const Version = z.coerce.number().int().min(1).max(1_000_000);
const DiffQuery = z.object({ from: Version, to: Version });
/** `live`: the version that was live when the rollback was confirmed (the form carries it). */
const RollbackBody = z.object({ note: z.string().max(500).default(''), live: Version.optional() });
const ListQuery = z.object({ confirm: Version.optional(), rolledBack: Version.optional(), published: Version.optional() });

export const definitionYaml = (definition: unknown) => stringify(definition, { lineWidth: 0 });

export function versionRoutes(deps: { store: DefinitionStore & Pick<DraftStore, 'definitionVersions' | 'draft'> }): Router {
  const router = Router();

  router.get('/versions', async (req, res) => {
    const principal = signedIn(res);
    const q = ListQuery.safeParse(req.query);
    const { confirm, rolledBack, published } = q.success ? q.data : {};
    const [versions, draft] = await Promise.all([deps.store.definitionVersions(), confirm ? deps.store.draft() : null]);
    const current = versions[0]?.version;
    const options = (selected: number | undefined) => versions.map((v) => html`<option value="${v.version}" ${v.version === selected ? html`selected` : ''}>version ${v.version}</option>`);
    // The rollback is asked for and answered in the row of the version it is about.
    const actions = (v: VersionSummary): Html | string => {
      if (rolledBack === v.version && published) {
        return html`<p class="notice" role="status">Rolled back: version ${published} is live with the content of version ${v.version}. New conversations use it now; conversations in progress keep theirs.</p>`;
      }
      if (v.version === current || !can(principal, 'edit')) return '';
      if (confirm !== v.version) return html`<a class="button" href="/admin/versions?confirm=${v.version}#v-${v.version}">Roll back to version ${v.version}</a>`;
      return html`<form method="post" action="/admin/versions/${v.version}/rollback" class="confirm" aria-label="Confirm the rollback to version ${v.version}">${csrfField(principal)}
  <p role="status">Roll back to version ${v.version}? Its content goes live as version ${(current ?? 0) + 1}: new conversations use it at once, conversations in progress keep theirs.</p>
  ${draft ? html`<p class="warning">The unpublished draft (started from version ${draft.baseVersion ?? '?'}, last changed by ${draft.updatedBy}) cannot be published over this rollback until someone reviews it.</p>` : ''}
  <input type="hidden" name="live" value="${current ?? ''}">
  <label for="note-${v.version}">Why (optional)</label>
  <input id="note-${v.version}" name="note" maxlength="500">
  <div class="actions"><button type="submit" class="primary">Yes, roll back to version ${v.version}</button> <a href="/admin/versions#v-${v.version}">Cancel</a></div></form>`;
    };
    const body = html`<form method="get" action="/admin/versions/diff" class="filters" aria-label="Compare versions">
<div class="field"><label for="diff-from">Compare</label><select id="diff-from" name="from">${options(versions[1]?.version ?? current)}</select></div>
<div class="field"><label for="diff-to">with</label><select id="diff-to" name="to">${options(current)}</select></div>
<button type="submit">Show differences</button></form>
<table><caption>Published versions, newest first</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">By</th><th scope="col">Note</th><th scope="col">Actions</th></tr></thead>
<tbody>${versions.map(
      (v) => html`<tr id="v-${v.version}"><th scope="row"><a href="/admin/versions/${v.version}">version ${v.version}</a>${v.version === current ? html` <span class="tag">live</span>` : ''}</th>
<td>${v.createdAt.replace('T', ' ').slice(0, 19)}</td><td>${v.author}</td><td>${v.note}</td>
<td>${actions(v)}</td></tr>`,
    )}</tbody></table>`;
    res.type('html').send(layout({ title: 'Definition versions', principal, body, wide: true }).value);
  });

  router.get('/versions/diff', async (req, res) => {
    const q = DiffQuery.safeParse(req.query);
    if (!q.success) throw new HttpError('bad_request', 'Pick two versions to compare.');
    const [from, to] = await Promise.all([deps.store.version(q.data.from), deps.store.version(q.data.to)]);
    if (!from || !to) throw new HttpError('not_found', 'No such version.');
    const hunks = foldUnchanged(diffLines(definitionYaml(from.definition), definitionYaml(to.definition)));
    const changed = hunks.some((h) => h.kind === 'added' || h.kind === 'removed');
    const body = html`<p>From <a href="/admin/versions/${from.version}">version ${from.version}</a> (${from.note}) to <a href="/admin/versions/${to.version}">version ${to.version}</a> (${to.note}). <a href="/admin/versions">All versions</a></p>
${changed
  ? html`<pre class="diff" aria-label="Differences" tabindex="0">${hunks.map((h) =>
      h.kind === 'fold'
        ? html`<span class="fold">… ${h.count} unchanged lines …</span>`
        : html`<span class="${h.kind}">${h.kind === 'added' ? '+ ' : h.kind === 'removed' ? '- ' : '  '}${h.text}</span>`,
    )}</pre>`
  : html`<p>The two versions are the same.</p>`}`;
    res.type('html').send(layout({ title: `Version ${from.version} → ${to.version}`, principal: signedIn(res), body, wide: true }).value);
  });

  router.get('/versions/:version', async (req, res) => {
    const version = Version.safeParse(req.params.version);
    const published = version.success ? await deps.store.version(version.data) : null;
    if (!published) throw new HttpError('not_found', 'No such version.');
    const body = html`<p>Published ${published.createdAt.replace('T', ' ').slice(0, 19)} by ${published.author}: ${published.note}</p>
<pre class="yaml" aria-label="Definition" tabindex="0">${definitionYaml(published.definition)}</pre>`;
    res.type('html').send(layout({ title: `Version ${published.version}`, principal: signedIn(res), body, wide: true }).value);
  });

  router.post('/versions/:version/rollback', requirePermission('edit'), async (req, res) => {
    const version = Version.safeParse(req.params.version);
    const published = version.success ? await deps.store.version(version.data) : null;
    if (!published) throw new HttpError('not_found', 'No such version.');
    const body = RollbackBody.safeParse(req.body ?? {});
    if (!body.success) throw new HttpError('bad_request', 'The note may hold up to 500 characters.');
    const { note, live } = body.data;
    // A version published after the rollback was confirmed is not undone by it without a look.
    const restored = await deps.store
      .publish(published.definition, signedIn(res).email, `Rollback to version ${published.version}${note ? `: ${note}` : ''}`, live ? { latestVersion: live } : undefined)
      .catch((error: unknown) => {
        if (!(error instanceof VersionMoved)) throw error;
        throw new HttpError('conflict', `Version ${error.latestVersion} went live after you confirmed this rollback (version ${live} was live then). Nothing was rolled back: look at version ${error.latestVersion}, then roll back again if it should still go.`);
      });
    res.redirect(303, `/admin/versions?rolledBack=${published.version}&published=${restored.version}#v-${published.version}`);
  });

  return router;
}
