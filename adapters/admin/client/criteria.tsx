import { TypeSpecific, VariantsEditor } from './answers.js';
import { AddButton, CheckField, ErrorText, fieldId, ItemTools, LocalizedFields, SelectField, TextField, useEditor } from './fields.js';
import { getIn, type Json, type JsonObject, listAt, type Path, pathKey } from './paths.js';

const CATEGORIES = ['company', 'person', 'situation', 'motivation', 'contact'];
const TYPES: Array<{ value: string; label: string }> = [
  { value: 'choice', label: 'choice (one option)' },
  { value: 'multi', label: 'multi (several options)' },
  { value: 'number', label: 'number with ranges' },
  { value: 'yes_no', label: 'yes / no' },
  { value: 'email', label: 'email' },
  { value: 'text', label: 'text' },
];
const BASE_KEYS = ['id', 'category', 'required', 'question', 'why', 'variants'];

/** Changing the answer type keeps the question and replaces the type's own fields with fresh ones. */
function withType(criterion: JsonObject, type: string): JsonObject {
  const base: JsonObject = Object.fromEntries(Object.entries(criterion).filter(([k]) => BASE_KEYS.includes(k)));
  if (type === 'choice' || type === 'multi') return { ...base, type, options: Array.isArray(criterion.options) ? criterion.options : [] };
  if (type === 'number') return { ...base, type, unit: typeof criterion.unit === 'string' ? criterion.unit : '', ranges: Array.isArray(criterion.ranges) ? criterion.ranges : [] };
  if (type === 'yes_no') return { ...base, type, yes: { points: 0 }, no: { points: 0 } };
  return { ...base, type };
}

function TypeSelect({ path }: { path: Path }) {
  const { doc, update } = useEditor();
  const criterion = getIn(doc, path);
  const type = getIn(doc, [...path, 'type']);
  const id = fieldId([...path, 'type']);
  return (
    <div class="field">
      <label for={id}>Answer type</label>
      <select
        id={id}
        value={typeof type === 'string' ? type : ''}
        onChange={(e) => update(path, withType((criterion ?? {}) as JsonObject, (e.currentTarget as HTMLSelectElement).value))}
      >
        {TYPES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function CriterionCard({ index }: { index: number }) {
  const { doc, errors } = useEditor();
  const path = ['criteria', index];
  const id = getIn(doc, [...path, 'id']);
  const type = getIn(doc, [...path, 'type']);
  const prefix = pathKey(path);
  const problems = [...errors.entries()].filter(([p]) => p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[`)).reduce((n, [, m]) => n + m.length, 0);
  return (
    <details class="criterion" data-criterion={typeof id === 'string' ? id : ''}>
      <summary>
        <span class="index">{index + 1}.</span> <strong>{typeof id === 'string' && id ? id : '(no id)'}</strong> <span class="tag">{String(type ?? '')}</span>
        {problems > 0 && <span class="problems">{problems} to fix</span>}
      </summary>
      <ItemTools listPath={['criteria']} index={index} noun="criterion" />
      <ErrorText path={path} />
      <div class="row">
        <TextField path={[...path, 'id']} label="Id" />
        <SelectField path={[...path, 'category']} label="Category" options={CATEGORIES.map((c) => ({ value: c, label: c }))} />
        <TypeSelect path={path} />
        <CheckField path={[...path, 'required']} label="Required" />
      </div>
      <LocalizedFields path={[...path, 'question']} label="Question" multiline />
      <LocalizedFields path={[...path, 'why']} label="Why we ask" multiline />
      <TypeSpecific path={path} type={typeof type === 'string' ? type : ''} />
      <VariantsEditor path={path} />
    </details>
  );
}

export function CriteriaSection() {
  const { doc } = useEditor();
  const criteria = listAt(doc, ['criteria']);
  const fresh: Json = { id: `criterion_${criteria.length + 1}`, category: 'situation', type: 'text', question: {}, why: {} };
  return (
    <section aria-labelledby="h-criteria">
      <h2 id="h-criteria">Criteria ({criteria.length})</h2>
      <p class="hint">The bot asks these in order, skipping what can no longer change the decision. Open one to edit it.</p>
      <ErrorText path={['criteria']} />
      {criteria.map((_, i) => (
        <CriterionCard key={i} index={i} />
      ))}
      <AddButton listPath={['criteria']} item={fresh}>
        Add criterion
      </AddButton>
    </section>
  );
}
