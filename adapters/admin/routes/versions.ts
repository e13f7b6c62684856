import { Router } from 'express';
import { stringify } from 'yaml';
import { z } from 'zod';
import type { DefinitionStore } from '../../../bot/ports/store.js';
import type { DraftStore } from '../../store/definition-drafts.js';
import { HttpError } from '../../http/errors.js';
import { requirePermission } from '../auth/guards.js';
import { can, signedIn } from '../auth/principal.js';
import { diffLines, foldUnchanged } from '../diff.js';
import { html } from '../html.js';
import { csrfField, layout } from '../pages/layout.js';

const Version = z.coerce.number().int().min(1).max(1_000_000);
const DiffQuery = z.object({ from: Version, to: Version });
const RollbackBody = z.object({ note: z.string().max(500).default('') });

export const definitionYaml = (definition: unknown) => stringify(definition, { lineWidth: 0 });

export function versionRoutes(deps: { store: DefinitionStore & Pick<DraftStore, 'definitionVersions'> }): Router {
  const router = Router();

  router.get('/versions', async (req, res) => {
    const principal = signedIn(res);
    const versions = await deps.store.definitionVersions();
    const current = versions[0]?.version;
    const rolledBack = typeof req.query.published === 'string' && /^\d{1,7}$/.test(req.query.published) ? req.query.published : undefined;
    const options = (selected: number | undefined) => versions.map((v) => html`<option value="${v.version}" ${v.version === selected ? html`selected` : ''}>version ${v.version}</option>`);
    const body = html`${rolledBack ? html`<p class="notice" role="status">Published version ${rolledBack}. New conversations use it now; conversations in progress keep theirs.</p>` : ''}
<form method="get" action="/admin/versions/diff" class="filters" aria-label="Compare versions">
<div class="field"><label for="diff-from">Compare</label><select id="diff-from" name="from">${options(versions[1]?.version ?? current)}</select></div>
<div class="field"><label for="diff-to">with</label><select id="diff-to" name="to">${options(current)}</select></div>
<button type="submit">Show differences</button></form>
<table><caption>Published versions, newest first</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">By</th><th scope="col">Note</th><th scope="col">Actions</th></tr></thead>
<tbody>${versions.map(
      (v) => html`<tr><th scope="row"><a href="/admin/versions/${v.version}">version ${v.version}</a>${v.version === current ? html` <span class="tag">live</span>` : ''}</th>
<td>${v.createdAt.replace('T', ' ').slice(0, 19)}</td><td>${v.author}</td><td>${v.note}</td>
<td>${v.version !== current && can(principal, 'edit')
        ? html`<form method="post" action="/admin/versions/${v.version}/rollback" class="inline">${csrfField(principal)}
  <label for="note-${v.version}" class="visually-hidden">Note for rolling back to version ${v.version}</label>
  <input id="note-${v.version}" name="note" placeholder="why (optional)" maxlength="500">
  <button type="submit">Roll back to version ${v.version}</button></form>`
        : ''}</td></tr>`,
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
    const { note } = body.data;
    const restored = await deps.store.publish(published.definition, signedIn(res).email, `Rollback to version ${published.version}${note ? `: ${note}` : ''}`);
    res.redirect(303, `/admin/versions?published=${restored.version}`);
  });

  return router;
}
