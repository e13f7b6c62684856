import { useState } from 'preact/hooks';
import { parseDocument, stringify } from 'yaml';
import type { Json } from './paths.js';

/** The same definition as YAML for power users; a text that parses replaces the form's content. */
export function YamlTab({ doc, onReplace }: { doc: Json; onReplace: (doc: Json) => void }) {
  const [text, setText] = useState(() => stringify(doc, { lineWidth: 0 }));
  const [syntax, setSyntax] = useState<string | null>(null);
  return (
    <section aria-labelledby="h-yaml">
      <h2 id="h-yaml">YAML</h2>
      <label for="yaml-text">The whole definition as YAML (changes apply as you type when the YAML is well-formed)</label>
      <textarea
        id="yaml-text"
        class="yaml"
        spellcheck={false}
        rows={30}
        value={text}
        aria-invalid={syntax ? 'true' : undefined}
        aria-describedby={syntax ? 'yaml-error' : undefined}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLTextAreaElement).value;
          setText(next);
          const parsed = parseDocument(next, { prettyErrors: true });
          if (parsed.errors.length) {
            setSyntax(parsed.errors.map((err) => err.message).join('\n'));
            return;
          }
          setSyntax(null);
          onReplace((parsed.toJS() ?? {}) as Json);
        }}
      />
      {syntax && (
        <pre class="field-error" id="yaml-error">
          {syntax}
        </pre>
      )}
    </section>
  );
}
