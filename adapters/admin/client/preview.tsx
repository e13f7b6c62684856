import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationState, Reply } from '../../../bot/conversation.js';
import type { Answer } from '../../../qualification/answer.js';
import type { ScoreResult } from '../../../qualification/score/result.js';
import { api, problemOf } from './api.js';
import type { Json } from './paths.js';

interface PreviewResult {
  replies: Reply[];
  state: ConversationState;
  recorded: Answer[];
  answers: Answer[];
  score: ScoreResult;
  owner: string;
}

interface Line {
  role: 'bot' | 'visitor';
  text: string;
}

function Breakdown({ result }: { result: PreviewResult }) {
  const fresh = new Set(result.recorded.map((a) => a.criterionId));
  return (
    <div class="preview-lead" aria-live="polite">
      <h3>Answers understood</h3>
      {result.answers.length === 0 ? (
        <p class="hint">Nothing yet.</p>
      ) : (
        <table class="compact" aria-label="Answers understood">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {result.answers.map((a) => (
              <tr key={a.criterionId} class={fresh.has(a.criterionId) ? 'fresh' : ''}>
                <th scope="row">{a.criterionId}</th>
                <td>{Array.isArray(a.value) ? a.value.join(', ') : String(a.value)}</td>
                <td>{a.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Score breakdown</h3>
      <p class="totals-line" data-testid="preview-totals">
        Decision <strong class={`decision ${result.score.decision}`}>{result.score.decision}</strong> · fit {result.score.fit} · intent {result.score.intent} · total{' '}
        {result.score.total} · owner {result.owner}
      </p>
      <table class="compact" aria-label="Score breakdown">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Points</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {result.score.perCriterion.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.id}</th>
              <td class="num">{c.points}</td>
              <td>{c.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Runs the real engine on the draft (server side, nothing stored) in any of its languages. */
export function Preview({ doc, locales, valid }: { doc: Json; locales: string[]; valid: boolean }) {
  const [locale, setLocale] = useState(locales[0] ?? 'en');
  const [lines, setLines] = useState<Line[]>([]);
  const [result, setResult] = useState<PreviewResult | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chat = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (chat.current) chat.current.scrollTop = chat.current.scrollHeight;
  }, [lines]);

  async function run(path: string, body: Record<string, unknown>, said?: string) {
    setBusy(true);
    setProblem(null);
    const response = await api<PreviewResult>('POST', path, { definition: doc, ...body });
    setBusy(false);
    if (!response.ok) {
      setProblem(problemOf(response.data, 'The preview failed.'));
      return;
    }
    const bot = response.data.replies.map((r): Line => ({ role: 'bot', text: r.text }));
    setLines((before) => (said === undefined ? bot : [...before, { role: 'visitor', text: said }, ...bot]));
    setResult(response.data);
  }

  const lastChoices = result?.replies.at(-1)?.choices ?? [];
  return (
    <section class="preview" aria-labelledby="h-preview">
      <h2 id="h-preview">Preview the draft</h2>
      <div class="row">
        <div class="field">
          <label for="preview-locale">Language</label>
          <select id="preview-locale" value={locale} onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value)}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!valid || busy} onClick={() => run('definition/preview/start', { locale })}>
          {result ? 'Restart preview' : 'Start preview'}
        </button>
      </div>
      {!valid && <p class="hint">Fix the problems in the definition to preview it.</p>}
      {problem && (
        <p class="error-text" role="alert">
          {problem}
        </p>
      )}
      <ol class="transcript preview-chat" aria-label="Preview conversation" ref={chat}>
        {lines.map((line, i) => (
          <li key={i} class={`msg ${line.role}`}>
            <span class="who">{line.role}</span>
            <p>{line.text}</p>
          </li>
        ))}
      </ol>
      {result && (
        <>
          {lastChoices.length > 0 && (
            <div class="choices" role="group" aria-label="Answer buttons">
              {lastChoices.map((c) => (
                <button type="button" key={c.id} disabled={busy} onClick={() => run('definition/preview/turn', { state: result.state, input: { choice: c.id } }, c.label)}>
                  {c.label}
                </button>
              ))}
            </div>
          )}
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              const said = text.trim();
              if (!said) return;
              setText('');
              void run('definition/preview/turn', { state: result.state, input: { text: said } }, said);
            }}
          >
            <div class="field grow">
              <label for="preview-text">Visitor says</label>
              <input id="preview-text" value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} autocomplete="off" />
            </div>
            <button type="submit" disabled={busy || !valid}>
              Send
            </button>
          </form>
          <Breakdown result={result} />
        </>
      )}
    </section>
  );
}
