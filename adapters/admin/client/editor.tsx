import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { validateDefinition } from '../../../qualification/definition/parse.js';
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
  updatedBy: string | null;
  updatedAt: string | null;
}

type SaveState = { kind: 'saved'; at: string | null } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string };

const SAVE_DELAY_MS = 600;
const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function PublishBar(props: { valid: boolean; save: SaveState; published: number; onPublish: (note: string) => Promise<void>; onDiscard: () => Promise<void>; hasDraft: boolean }) {
  const [note, setNote] = useState('');
  const status =
    props.save.kind === 'saved'
      ? props.save.at
        ? `Draft saved at ${clock(props.save.at)}`
        : 'No unpublished changes'
      : props.save.kind === 'failed'
        ? `Not saved: ${props.save.message}`
        : 'Saving…';
  return (
    <div class="publish-bar">
      <p class="status" role="status" data-testid="save-status">
        {status} · live: version {props.published}
      </p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void props.onPublish(note).then(() => setNote(''));
        }}
      >
        <div class="field grow">
          <label for="publish-note">Note for this version</label>
          <input id="publish-note" value={note} maxLength={500} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} placeholder="what changed and why" />
        </div>
        <button type="submit" class="primary" disabled={!props.valid}>
          Publish
        </button>
        <button type="button" disabled={!props.hasDraft} onClick={() => void props.onDiscard()}>
          Discard draft
        </button>
      </form>
    </div>
  );
}

export function Editor() {
  const [loaded, setLoaded] = useState<DraftResponse | null>(null);
  const [doc, setDoc] = useState<Json>({});
  const [tab, setTab] = useState<'form' | 'yaml'>('form');
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: null });
  const [notice, setNotice] = useState<{ ok: boolean; text: string; errors?: string[] } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  async function load() {
    const response = await api<DraftResponse>('GET', 'definition/draft');
    if (!response.ok) {
      setNotice({ ok: false, text: problemOf(response.data, 'Could not load the definition.') });
      return;
    }
    setLoaded(response.data);
    setDoc(response.data.definition);
    setSave({ kind: 'saved', at: response.data.updatedAt });
  }
  useEffect(() => void load(), []);

  const checked = useMemo(() => validateDefinition(doc), [doc]);
  const errors = checked.ok ? [] : checked.errors;

  function change(next: Json) {
    setDoc(next);
    setSave({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      setSave({ kind: 'saving' });
      const response = await api<{ updatedAt: string }>('PUT', 'definition/draft', { definition: next });
      setSave(response.ok ? { kind: 'saved', at: response.data.updatedAt } : { kind: 'failed', message: problemOf(response.data, `error ${response.status}`) });
      if (response.ok) setLoaded((before) => before && { ...before, hasDraft: true });
    }, SAVE_DELAY_MS);
  }

  async function publish(note: string) {
    clearTimeout(timer.current);
    const response = await api<{ version: number; errors?: string[] }>('POST', 'definition/publish', { definition: doc, note });
    if (!response.ok) {
      setNotice({ ok: false, text: problemOf(response.data, 'Publishing failed.'), errors: response.data.errors });
      return;
    }
    setNotice({ ok: true, text: `Published version ${response.data.version}. New conversations use it now; conversations in progress keep their version.` });
    await load();
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
      <PublishBar valid={checked.ok} save={save} published={loaded.publishedVersion} onPublish={publish} onDiscard={discard} hasDraft={loaded.hasDraft} />
      {notice && (
        <div class={notice.ok ? 'notice' : 'error-text'} role={notice.ok ? 'status' : 'alert'}>
          <p>{notice.text}</p>
          {notice.errors && <ul>{notice.errors.map((e) => <li key={e}>{e}</li>)}</ul>}
        </div>
      )}
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
