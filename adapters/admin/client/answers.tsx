import { AddButton, ErrorText, fieldId, ItemTools, LocalizedFields, NumberField, SelectField, TextField, useEditor } from './fields.js';
import { getIn, listAt, type Path } from './paths.js';

/** A number criterion's `per` (the definition schema's `Period`): "50 a day" is converted to it. */
const PERIODS = ['day', 'week', 'month', 'quarter', 'year'].map((p) => ({ value: p, label: `a ${p}` }));

/** "Disqualifies" is a reason or nothing: an empty reason removes the disqualification. */
export function DisqualifyField({ path }: { path: Path }) {
  const { doc, update } = useEditor();
  const reasonPath = [...path, 'disqualify', 'reason'];
  const reason = getIn(doc, reasonPath);
  return (
    <div class="field">
      <label for={fieldId(reasonPath)}>Disqualifies (internal reason)</label>
      <input
        id={fieldId(reasonPath)}
        value={typeof reason === 'string' ? reason : ''}
        placeholder="empty: does not disqualify"
        onInput={(e) => {
          const text = (e.currentTarget as HTMLInputElement).value;
          update([...path, 'disqualify'], text.trim() ? { reason: text } : undefined);
        }}
      />
      <ErrorText path={reasonPath} />
    </div>
  );
}

export function OptionsEditor({ path }: { path: Path }) {
  const { doc } = useEditor();
  const listPath = [...path, 'options'];
  const options = listAt(doc, listPath);
  return (
    <section class="sub" aria-label="Options">
      <h4>Options</h4>
      <ErrorText path={listPath} />
      {options.map((_, i) => {
        const optionPath = [...listPath, i];
        const id = getIn(doc, [...optionPath, 'id']);
        return (
          <fieldset class="option" key={i}>
            <legend>
              Option {i + 1}: {typeof id === 'string' ? id : ''}
            </legend>
            <ItemTools listPath={listPath} index={i} noun="option" />
            <div class="row">
              <TextField path={[...optionPath, 'id']} label="Id" />
              <NumberField path={[...optionPath, 'points']} label="Points" />
              <DisqualifyField path={optionPath} />
            </div>
            <LocalizedFields path={[...optionPath, 'label']} label="Label" />
            <LocalizedFields path={[...optionPath, 'synonyms']} label="Synonyms (comma-separated)" words />
          </fieldset>
        );
      })}
      <AddButton listPath={listPath} item={{ id: `option_${options.length + 1}`, label: {}, synonyms: {}, points: 0 }}>
        Add option
      </AddButton>
    </section>
  );
}

export function RangesEditor({ path }: { path: Path }) {
  const { doc } = useEditor();
  const listPath = [...path, 'ranges'];
  const ranges = listAt(doc, listPath);
  return (
    <section class="sub" aria-label="Ranges">
      <h4>Ranges</h4>
      <TextField path={[...path, 'unit']} label="Unit (e.g. employees)" />
      <SelectField path={[...path, 'per']} label="Counted per" options={PERIODS} empty="as the question says (or no period)" />
      {ranges.map((_, i) => (
        <fieldset class="option" key={i}>
          <legend>Range {i + 1}</legend>
          <ItemTools listPath={listPath} index={i} noun="range" />
          <div class="row">
            <NumberField path={[...listPath, i, 'min']} label="From (min)" />
            <NumberField path={[...listPath, i, 'max']} label="Below (max)" />
            <NumberField path={[...listPath, i, 'points']} label="Points" />
            <DisqualifyField path={[...listPath, i]} />
          </div>
        </fieldset>
      ))}
      <AddButton listPath={listPath} item={{ points: 0 }}>
        Add range
      </AddButton>
    </section>
  );
}

export function YesNoEditor({ path }: { path: Path }) {
  return (
    <section class="sub" aria-label="Yes and no">
      {(['yes', 'no'] as const).map((side) => (
        <div class="row" key={side}>
          <NumberField path={[...path, side, 'points']} label={`Points for ${side}`} />
          <DisqualifyField path={[...path, side]} />
        </div>
      ))}
    </section>
  );
}

/** Reworded questions for an A/B test: each new conversation gets one at random. */
export function VariantsEditor({ path }: { path: Path }) {
  const { doc } = useEditor();
  const listPath = [...path, 'variants'];
  const variants = listAt(doc, listPath);
  return (
    <section class="sub" aria-label="Question variants">
      <h4>A/B variants of the question</h4>
      {variants.length === 0 && <p class="hint">None: every visitor gets the question above.</p>}
      {variants.map((_, i) => (
        <fieldset class="option" key={i}>
          <legend>Variant {i + 1}</legend>
          <ItemTools listPath={listPath} index={i} noun="variant" />
          <TextField path={[...listPath, i, 'id']} label="Variant id" />
          <LocalizedFields path={[...listPath, i, 'question']} label="Variant question" />
        </fieldset>
      ))}
      <AddButton listPath={listPath} item={{ id: `variant_${variants.length + 1}`, question: {} }}>
        Add variant
      </AddButton>
    </section>
  );
}

export function TypeSpecific({ path, type }: { path: Path; type: string }) {
  if (type === 'choice' || type === 'multi') return <OptionsEditor path={path} />;
  if (type === 'number') return <RangesEditor path={path} />;
  if (type === 'yes_no') return <YesNoEditor path={path} />;
  return <p class="hint">Free answers (email, text) are kept for sales and never scored.</p>;
}
