import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { validateDefinition } from '../../../qualification/definition/parse.js';
import { sameDefinition } from '../../../qualification/definition/same.js';
import { api, problemOf } from './api.js';
import { CriteriaSection } from './criteria.js';
import { errorsByPath } from './errors.js';
import { EditorContext, type EditorContextValue } from './fields.js';
import { type Json, listAt, type Path, setIn } from './paths.js';
import { Preview } from './preview.js';
import { FaqSection, GeneralSection, RoutingSection, ThresholdsSection } from './settings.js';
import { YamlTab } from './yaml-tab.js';

interface DraftResponse {
  definition: Json;
  hasDraft: boolean;
  baseVersion: number;
  publishedVersion: number;
  publishedDefinition: Json;
  updatedBy: string | null;
  updatedAt: string | null;
  /** Why this draft may not be published over the live version (it started from an older one), or null. */
  conflict: string | null;
}

type SaveState = { kind: 'saved'; at: string | null } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string };
/** What the last publish, discard or rebase said, shown beside the buttons that asked for it. */
export type Outcome = { ok: boolean; text: string; errors?: string[] } | null;

const SAVE_DELAY_MS = 600;
const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

interface PublishBarProps {
  loaded: DraftResponse;
  save: SaveState;
  valid: boolean;
  /** The draft says what the live version says: nothing to publish. */
  unchanged: boolean;
  outcome: Outcome;
  onPublish: (note: string) => Promise<boolean>;
  onDiscard: () => Promise<void>;
  onRebase: () => Promise<void>;
}

function PublishBar(props: PublishBarProps) {
  const { loaded } = props;
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const status =
    props.save.kind === 'saved'
      ? props.save.at
        ? `Draft saved at ${clock(props.save.at)}`
        : 'No unpublished changes'
      : props.save.kind === 'failed'
        ? `Not saved: ${props.save.message}`
        : 'Saving…';
  const why = !props.valid ? 'Fix the problems first' : props.unchanged ? `Nothing to publish: the draft is the same as version ${loaded.publishedVersion}` : loaded.conflict ? 'The draft started from an older version' : null;
  return (
    <div class="publish-bar">
      <p class="status" role="status" data-testid="save-status">
        {status} · live: version {loaded.publishedVersion}
      </p>
      <p class="hint" data-testid="draft-origin">
        {loaded.hasDraft
          ? `Draft started from version ${loaded.baseVersion}${loaded.updatedBy ? ` · last changed by ${loaded.updatedBy}${loaded.updatedAt ? ` at ${clock(loaded.updatedAt)}` : ''}` : ''}`
          : `No draft: this is version ${loaded.publishedVersion} as published`}
      </p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          setConfirming(true);
        }}
      >
        <div class="field grow">
          <label for="publish-note">Note for this version</label>
          <input id="publish-note" value={note} maxLength={500} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} placeholder="what changed and why" />
        </div>
        <button type="submit" class="primary" disabled={why !== null || confirming} aria-describedby={why ? 'publish-why' : undefined}>
          Publish
        </button>
        <button type="button" disabled={!loaded.hasDraft} onClick={() => void props.onDiscard()}>
          Discard draft
        </button>
      </form>
      {why && props.valid && (
        <p class="hint" id="publish-why">
          {why}.
        </p>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-label="Confirm publishing">
          <p>Publish this draft as version {loaded.publishedVersion + 1}? New conversations use it at once; conversations in progress keep their version.</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() =>
                void props.onPublish(note).then((ok) => {
                  setConfirming(false);
                  if (ok) setNote('');
                })
              }
            >
              Yes, publish version {loaded.publishedVersion + 1}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {loaded.conflict && (
        <div class="confirm" role="alert" data-testid="draft-conflict">
          <p>{loaded.conflict}</p>
          <div class="actions">
            <a href={`/admin/versions/diff?from=${loaded.baseVersion}&to=${loaded.publishedVersion}`}>
              Compare version {loaded.baseVersion} with version {loaded.publishedVersion}
            </a>
            <button type="button" onClick={() => void props.onRebase()}>
              Keep my draft on top of version {loaded.publishedVersion}
            </button>
          </div>
        </div>
      )}
      {props.outcome && (
        <div class={props.outcome.ok ? 'notice' : 'error-text'} role={props.outcome.ok ? 'status' : 'alert'} data-testid="publish-outcome">
          <p>{props.outcome.text}</p>
          {props.outcome.errors && <ul>{props.outcome.errors.map((e) => <li key={e}>{e}</li>)}</ul>}
        </div>
      )}
    </div>
  );
}

export function Editor() {
  const [loaded, setLoaded] = useState<DraftResponse | null>(null);
  const [doc, setDoc] = useState<Json>({});
  const [tab, setTab] = useState<'form' | 'yaml'>('form');
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: null });
  const [notice, setNotice] = useState<Outcome>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Reads the draft; `replaceDoc` false keeps what is typed (after a publish it is the same). */
  async function load(replaceDoc = true) {
    const response = await api<DraftResponse>('GET', 'definition/draft');
    if (!response.ok) {
      setNotice({ ok: false, text: problemOf(response.data, 'Could not load the definition.') });
      return;
    }
    setLoaded(response.data);
    if (replaceDoc || !response.data.hasDraft) setDoc(response.data.definition);
    setSave({ kind: 'saved', at: response.data.updatedAt });
  }
  useEffect(() => void load(), []);

  const checked = useMemo(() => validateDefinition(doc), [doc]);
  const errors = checked.ok ? [] : checked.errors;
  const unchanged = useMemo(() => !!loaded && checked.ok && sameDefinition(checked.definition, loaded.publishedDefinition), [checked, loaded]);

  function change(next: Json) {
    setDoc(next);
    setSave({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      setSave({ kind: 'saving' });
      const response = await api<{ updatedAt: string; updatedBy: string; conflict: string | null }>('PUT', 'definition/draft', { definition: next, baseVersion: loaded?.baseVersion });
      setSave(response.ok ? { kind: 'saved', at: response.data.updatedAt } : { kind: 'failed', message: problemOf(response.data, `error ${response.status}`) });
      if (response.ok) {
        const { updatedAt, updatedBy, conflict } = response.data;
        setLoaded((before) => before && { ...before, hasDraft: true, updatedAt, updatedBy, conflict });
      }
    }, SAVE_DELAY_MS);
  }

  async function publish(note: string): Promise<boolean> {
    clearTimeout(timer.current);
    const response = await api<{ version: number; errors?: string[] }>('POST', 'definition/publish', { definition: doc, note, baseVersion: loaded?.baseVersion });
    if (!response.ok) {
      setNotice({ ok: false, text: problemOf(response.data, 'Publishing failed.'), errors: response.data?.errors });
      // A refusal may be news (a colleague published meanwhile): show the editor as the server sees it.
      if (response.status === 409) await load(false);
      return false;
    }
    setNotice({ ok: true, text: `Published version ${response.data.version}. New conversations use it now; conversations in progress keep their version.` });
    await load(false);
    return true;
  }

  async function rebase() {
    if (!loaded) return;
    clearTimeout(timer.current);
    const response = await api<{ updatedAt: string }>('PUT', 'definition/draft', { definition: doc, baseVersion: loaded.publishedVersion });
    setNotice(
      response.ok
        ? { ok: true, text: `Your draft now counts as started from version ${loaded.publishedVersion}. Check it against the live version before you publish.` }
        : { ok: false, text: problemOf(response.data, 'Could not keep the draft.') },
    );
    await load(false);
  }

  async function discard() {
    clearTimeout(timer.current);
    await api('DELETE', 'definition/draft');
    setNotice({ ok: true, text: 'Draft discarded: the editor shows the live version again.' });
    await load();
  }

  const locales = listAt(doc, ['locales']).filter((l): l is string => typeof l === 'string');
  const context: EditorContextValue = useMemo(
    () => ({ doc, errors: errorsByPath(errors), locales, update: (path: Path, value: Json | undefined) => change(setIn(doc, path, value)) }),
    [doc, errors],
  );

  if (!loaded) return notice ? <p class="error-text">{notice.text}</p> : <p>Loading the definition…</p>;
  return (
    <EditorContext.Provider value={context}>
      <PublishBar loaded={loaded} save={save} valid={checked.ok} unchanged={unchanged} outcome={notice} onPublish={publish} onDiscard={discard} onRebase={rebase} />
      <div class="editor-columns">
        <div class="editor-main">
          <div role="tablist" aria-label="Editor view" class="tabs">
            <button type="button" role="tab" aria-selected={tab === 'form'} onClick={() => setTab('form')}>
              Form
            </button>
            <button type="button" role="tab" aria-selected={tab === 'yaml'} onClick={() => setTab('yaml')}>
              YAML
            </button>
          </div>
          <details class="problems-summary" open={errors.length > 0}>
            <summary>{errors.length === 0 ? 'No problems: ready to publish' : `${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before publishing`}</summary>
            <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
          </details>
          {tab === 'form' ? (
            <div role="tabpanel" aria-label="Form">
              <GeneralSection />
              <CriteriaSection />
              <ThresholdsSection />
              <RoutingSection />
              <FaqSection />
            </div>
          ) : (
            <div role="tabpanel" aria-label="YAML">
              <YamlTab doc={doc} onReplace={change} />
            </div>
          )}
        </div>
        <aside class="editor-side">
          <Preview doc={doc} locales={locales} valid={checked.ok} />
        </aside>
      </div>
    </EditorContext.Provider>
  );
}
