import { Locale } from '../../../qualification/definition/schema.js';
import { AddButton, ErrorText, ItemTools, LocalizedFields, NumberField, SelectField, TextField, useEditor, WordsField } from './fields.js';
import { getIn, listAt } from './paths.js';

const ALL_LOCALES = Locale.options;

function LocalesField() {
  const { doc, update } = useEditor();
  const chosen = listAt(doc, ['locales']);
  return (
    <fieldset class="localized">
      <legend>Languages the bot speaks</legend>
      <div class="row">
        {ALL_LOCALES.map((locale) => (
          <div class="field check" key={locale}>
            <input
              type="checkbox"
              id={`locale-${locale}`}
              checked={chosen.includes(locale)}
              onChange={(e) =>
                update(
                  ['locales'],
                  (e.currentTarget as HTMLInputElement).checked ? ALL_LOCALES.filter((l) => l === locale || chosen.includes(l)) : chosen.filter((l) => l !== locale),
                )
              }
            />
            <label for={`locale-${locale}`}>{locale}</label>
          </div>
        ))}
      </div>
      <ErrorText path={['locales']} />
    </fieldset>
  );
}

export function GeneralSection() {
  const { locales } = useEditor();
  return (
    <section aria-labelledby="h-general">
      <h2 id="h-general">Company and greeting</h2>
      <div class="row">
        <TextField path={['company', 'name']} label="Company name" />
        <TextField path={['company', 'website']} label="Website" type="url" optional />
        <TextField path={['privacyPolicy']} label="Privacy policy link" type="url" optional />
        <TextField path={['knowledge', 'folder']} label="Knowledge folder (company content)" optional />
      </div>
      <LocalesField />
      <SelectField path={['defaultLocale']} label="Default language" options={locales.map((l) => ({ value: l, label: l }))} />
      <LocalizedFields path={['greeting']} label="Greeting" multiline />
    </section>
  );
}

export function ThresholdsSection() {
  return (
    <section aria-labelledby="h-thresholds">
      <h2 id="h-thresholds">Decision thresholds</h2>
      <p class="hint">Sales-ready when fit (company + person) and intent (situation + motivation) both reach their threshold.</p>
      <div class="row">
        <NumberField path={['thresholds', 'fit']} label="Fit at least" />
        <NumberField path={['thresholds', 'intent']} label="Intent at least" />
        <NumberField path={['sla', 'acceptMinutes']} label="SLA: minutes to accept a handoff" />
        <TextField path={['sla', 'escalationChannel']} label="Escalation Slack channel" optional placeholder="C012ABC" />
      </div>
    </section>
  );
}

export function RoutingSection() {
  const { doc } = useEditor();
  const owners = listAt(doc, ['routing', 'owners']);
  const rules = listAt(doc, ['routing', 'rules']);
  const ownerIds = owners.map((_, i) => getIn(doc, ['routing', 'owners', i, 'id'])).filter((id): id is string => typeof id === 'string' && id !== '');
  const criterionIds = listAt(doc, ['criteria'])
    .map((_, i) => getIn(doc, ['criteria', i, 'id']))
    .filter((id): id is string => typeof id === 'string' && id !== '');
  return (
    <section aria-labelledby="h-routing">
      <h2 id="h-routing">Routing and owners</h2>
      <ErrorText path={['routing', 'owners']} />
      {owners.map((_, i) => (
        <fieldset class="option" key={i}>
          <legend>Owner {i + 1}</legend>
          <ItemTools listPath={['routing', 'owners']} index={i} noun="owner" />
          <div class="row">
            <TextField path={['routing', 'owners', i, 'id']} label="Id" />
            <TextField path={['routing', 'owners', i, 'name']} label="Name" />
            <TextField path={['routing', 'owners', i, 'slackUser']} label="Slack user" optional placeholder="U012ABC" />
            <TextField path={['routing', 'owners', i, 'slackChannel']} label="Slack channel" optional placeholder="C012ABC" />
            <TextField path={['routing', 'owners', i, 'meetingLink']} label="Meeting link" type="url" optional />
          </div>
          <ErrorText path={['routing', 'owners', i]} />
        </fieldset>
      ))}
      <AddButton listPath={['routing', 'owners']} item={{ id: `owner_${owners.length + 1}`, name: '' }}>
        Add owner
      </AddButton>
      <SelectField path={['routing', 'defaultOwner']} label="Default owner" options={ownerIds.map((id) => ({ value: id, label: id }))} empty="(choose)" />
      <h3>Rules (the first that matches wins)</h3>
      {rules.map((_, r) => {
        const conditions = listAt(doc, ['routing', 'rules', r, 'when']);
        return (
          <fieldset class="option" key={r}>
            <legend>Rule {r + 1}</legend>
            <ItemTools listPath={['routing', 'rules']} index={r} noun="rule" />
            <SelectField path={['routing', 'rules', r, 'owner']} label="Goes to" options={ownerIds.map((id) => ({ value: id, label: id }))} empty="(choose)" />
            {conditions.map((_, c) => (
              <div class="row condition" key={c}>
                <SelectField path={['routing', 'rules', r, 'when', c, 'criterion']} label={`Condition ${c + 1}: criterion`} options={criterionIds.map((id) => ({ value: id, label: id }))} empty="(choose)" />
                <WordsField path={['routing', 'rules', r, 'when', c, 'in']} label="is one of (option ids)" />
                <NumberField path={['routing', 'rules', r, 'when', c, 'min']} label="at least" />
                <NumberField path={['routing', 'rules', r, 'when', c, 'max']} label="at most" />
                <ItemTools listPath={['routing', 'rules', r, 'when']} index={c} noun={`condition of rule ${r + 1}, condition`} />
              </div>
            ))}
            <ErrorText path={['routing', 'rules', r, 'when']} />
            <AddButton listPath={['routing', 'rules', r, 'when']} item={{ criterion: '' }}>
              Add condition
            </AddButton>
          </fieldset>
        );
      })}
      <AddButton listPath={['routing', 'rules']} item={{ owner: '', when: [] }}>
        Add rule
      </AddButton>
    </section>
  );
}

export function FaqSection() {
  const { doc } = useEditor();
  const faq = listAt(doc, ['faq']);
  return (
    <section aria-labelledby="h-faq">
      <h2 id="h-faq">FAQ</h2>
      {faq.map((_, i) => (
        <fieldset class="option" key={i}>
          <legend>Question {i + 1}</legend>
          <ItemTools listPath={['faq']} index={i} noun="FAQ entry" />
          <TextField path={['faq', i, 'id']} label="Id" />
          <LocalizedFields path={['faq', i, 'keywords']} label="Keywords (comma-separated)" words />
          <LocalizedFields path={['faq', i, 'answer']} label="Answer" multiline />
        </fieldset>
      ))}
      <AddButton listPath={['faq']} item={{ id: `faq_${faq.length + 1}`, keywords: {}, answer: {} }}>
        Add FAQ entry
      </AddButton>
    </section>
  );
}
