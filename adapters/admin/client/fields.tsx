import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { getIn, type Json, listAt, moveItem, type Path, pathKey, removeItem } from './paths.js';

export interface EditorContextValue {
  doc: Json;
  errors: Map<string, string[]>;
  locales: string[];
  update(path: Path, value: Json | undefined): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('editor fields need the EditorContext');
  return ctx;
}

export const fieldId = (path: Path) => `f-${pathKey(path).replace(/[^a-zA-Z0-9]+/g, '-')}`;
const inputValue = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** The messages for exactly this path, next to the field; aria-describedby ties them to it. */
export function ErrorText({ path }: { path: Path }) {
  const messages = useEditor().errors.get(pathKey(path));
  if (!messages?.length) return null;
  return (
    <p class="field-error" id={`${fieldId(path)}-error`}>
      {messages.join('; ')}
    </p>
  );
}

function a11y(path: Path, errors: Map<string, string[]>) {
  const invalid = !!errors.get(pathKey(path))?.length;
  return { id: fieldId(path), 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': invalid ? `${fieldId(path)}-error` : undefined };
}

export function TextField(props: {
  path: Path;
  label: string;
  type?: 'text' | 'url' | 'email';
  multiline?: boolean;
  ariaLabel?: string;
  placeholder?: string;
  /** Emptying an optional field removes it instead of leaving an empty text. */
  optional?: boolean;
}) {
  const { doc, errors, update } = useEditor();
  const value = getIn(doc, props.path);
  const common = {
    ...a11y(props.path, errors),
    value: typeof value === 'string' || typeof value === 'number' ? String(value) : '',
    placeholder: props.placeholder,
    'aria-label': props.ariaLabel,
    onInput: (e: Event) => update(props.path, props.optional && inputValue(e).trim() === '' ? undefined : inputValue(e)),
  };
  return (
    <div class="field">
      <label for={fieldId(props.path)}>{props.label}</label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input {...common} type={(props.type ?? 'text') as 'text'} />}
      <ErrorText path={props.path} />
    </div>
  );
}

/** Empty removes the value (so a default applies or "is missing" shows); anything else is kept as typed. */
export function NumberField(props: { path: Path; label: string }) {
  const { doc, errors, update } = useEditor();
  const value = getIn(doc, props.path);
  return (
    <div class="field num">
      <label for={fieldId(props.path)}>{props.label}</label>
      <input
        type="number"
        {...a11y(props.path, errors)}
        value={typeof value === 'number' ? String(value) : ''}
        onInput={(e) => {
          const text = inputValue(e).trim();
          update(props.path, text === '' ? undefined : Number.isNaN(Number(text)) ? text : Number(text));
        }}
      />
      <ErrorText path={props.path} />
    </div>
  );
}

export function SelectField(props: { path: Path; label: string; options: Array<{ value: string; label: string }>; empty?: string }) {
  const { doc, errors, update } = useEditor();
  const value = getIn(doc, props.path);
  return (
    <div class="field">
      <label for={fieldId(props.path)}>{props.label}</label>
      <select {...a11y(props.path, errors)} value={typeof value === 'string' ? value : ''} onChange={(e) => update(props.path, inputValue(e) || undefined)}>
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText path={props.path} />
    </div>
  );
}

export function CheckField(props: { path: Path; label: string }) {
  const { doc, update } = useEditor();
  return (
    <div class="field check">
      <input type="checkbox" id={fieldId(props.path)} checked={getIn(doc, props.path) === true} onChange={(e) => update(props.path, (e.currentTarget as HTMLInputElement).checked)} />
      <label for={fieldId(props.path)}>{props.label}</label>
    </div>
  );
}

/** A list of words typed comma-separated; committed when the field is left, so typing a comma is not lost. */
export function WordsField(props: { path: Path; label: string; ariaLabel?: string }) {
  const { doc, errors, update } = useEditor();
  const value = getIn(doc, props.path);
  const words = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return (
    <div class="field">
      <label for={fieldId(props.path)}>{props.label}</label>
      <input
        {...a11y(props.path, errors)}
        aria-label={props.ariaLabel}
        value={words.join(', ')}
        onChange={(e) =>
          update(
            props.path,
            inputValue(e)
              .split(',')
              .map((w) => w.trim())
              .filter(Boolean),
          )
        }
      />
      <ErrorText path={props.path} />
    </div>
  );
}

/** One text in every locale, side by side: the column shows the locale, the accessible name says both. */
export function LocalizedFields(props: { path: Path; label: string; multiline?: boolean; words?: boolean }) {
  const { locales } = useEditor();
  return (
    <fieldset class="localized">
      <legend>{props.label}</legend>
      <div class="locale-grid">
        {locales.map((locale) =>
          props.words ? (
            <WordsField key={locale} path={[...props.path, locale]} label={locale.toUpperCase()} ariaLabel={`${props.label} (${locale})`} />
          ) : (
            <TextField key={locale} path={[...props.path, locale]} label={locale.toUpperCase()} ariaLabel={`${props.label} (${locale})`} multiline={props.multiline} />
          ),
        )}
      </div>
      <ErrorText path={props.path} />
    </fieldset>
  );
}

/** Up, down and remove for one item of a list; the names say which item for screen readers. */
export function ItemTools(props: { listPath: Path; index: number; noun: string; minimum?: number }) {
  const { doc, update } = useEditor();
  const list = listAt(doc, props.listPath);
  const n = props.index + 1;
  return (
    <div class="item-tools">
      <button type="button" aria-label={`Move ${props.noun} ${n} up`} disabled={props.index === 0} onClick={() => update(props.listPath, moveItem(list, props.index, props.index - 1))}>
        ↑
      </button>
      <button type="button" aria-label={`Move ${props.noun} ${n} down`} disabled={props.index === list.length - 1} onClick={() => update(props.listPath, moveItem(list, props.index, props.index + 1))}>
        ↓
      </button>
      <button type="button" class="danger" aria-label={`Remove ${props.noun} ${n}`} onClick={() => update(props.listPath, removeItem(list, props.index))}>
        Remove
      </button>
    </div>
  );
}

export function AddButton(props: { listPath: Path; item: Json; children: ComponentChildren }) {
  const { doc, update } = useEditor();
  return (
    <button type="button" class="add" onClick={() => update(props.listPath, [...listAt(doc, props.listPath), props.item])}>
      {props.children}
    </button>
  );
}
