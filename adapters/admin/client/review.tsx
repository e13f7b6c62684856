import { useEffect, useState } from 'preact/hooks';
import type { AnswerValue } from '../../../qualification/answer.js';
import { api, problemOf } from './api.js';

interface Group {
  criterionId: string;
  locale: string;
  phrase: string;
  count: number;
  corrected: number;
  chosen: Array<{ value: AnswerValue; count: number; label: string }>;
  definitionVersions: number[];
  lastSeen: string;
  question: string | null;
  options: Array<{ id: string; label: string }>;
}

interface Queue {
  groups: Group[];
  weekly: { weeks: string[]; rows: Array<{ criterionId: string; counts: number[] }>; published: number[][] };
}

type Notice = { ok: boolean; text: string; link?: boolean };
type Acted = { added?: boolean; synonym?: string; draftErrors?: string[] };

const day = (iso: string) => new Date(iso).toLocaleDateString([], { year: 'numeric', month: 'short', day: 'numeric' });

function GroupItem(props: { group: Group; index: number; canEdit: boolean; busy: boolean; onTeach: (g: Group, optionId: string, synonym: string) => void; onIgnore: (g: Group) => void }) {
  const { group, index } = props;
  const headingId = `review-group-${index}`;
  // The whole phrase by default; trimmed to its core words it also matches where a visitor puts commas around them.
  const [synonym, setSynonym] = useState(group.phrase);
  // What these visitors clicked most is the likely meaning: its button stands out.
  const suggested = group.chosen.map((c) => c.value).find((v) => group.options.some((o) => o.id === v));
  return (
    <li class="review-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <q class="phrase">{group.phrase}</q>
      </h3>
      <p class="review-meta">
        <span class="tag">{group.criterionId}</span> <span class="tag" lang={group.locale}>{group.locale}</span> {group.count} time{group.count === 1 ? '' : 's'}
        {group.corrected > 0 && ` (${group.corrected} a corrected guess)`} · last {day(group.lastSeen)} · definition version {group.definitionVersions.join(', ')}
      </p>
      {group.question && <p class="hint">Asked: {group.question}</p>}
      <p class="review-chosen">
        Finally chosen: {group.chosen.length === 0 ? 'nothing yet' : group.chosen.map((c) => `${c.label} (${c.count})`).join(', ')}
      </p>
      {props.canEdit && group.options.length > 0 && (
        <div class="field">
          <label for={`${headingId}-synonym`}>Words to add as a synonym</label>
          <input id={`${headingId}-synonym`} value={synonym} maxLength={200} onInput={(e) => setSynonym((e.currentTarget as HTMLInputElement).value)} />
        </div>
      )}
      {props.canEdit && (
        <div class="row review-actions" role="group" aria-label={`What “${group.phrase}” means`}>
          {group.options.map((option) => (
            <button
              type="button"
              key={option.id}
              class={option.id === suggested ? 'primary' : undefined}
              disabled={props.busy || !synonym.trim()}
              onClick={() => props.onTeach(group, option.id, synonym)}
            >
              Means {option.label}
            </button>
          ))}
          <button type="button" class="danger" disabled={props.busy} onClick={() => props.onIgnore(group)}>
            Ignore
          </button>
        </div>
      )}
    </li>
  );
}

function Weekly({ weekly }: { weekly: Queue['weekly'] }) {
  if (weekly.rows.length === 0) return <p class="hint">No answer went un-understood in these weeks.</p>;
  return (
    <table class="compact review-weekly">
      <caption>Answers not understood, per question and week (weeks start on Monday)</caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          {weekly.weeks.map((w) => (
            <th scope="col" class="num" key={w}>
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr class="review-published">
          <th scope="row">Versions published</th>
          {weekly.published.map((versions, i) => (
            <td class="num" key={weekly.weeks[i]}>
              {versions.map((v) => `v${v}`).join(', ')}
            </td>
          ))}
        </tr>
        {weekly.rows.map((row) => (
          <tr key={row.criterionId}>
            <th scope="row">{row.criterionId}</th>
            {row.counts.map((n, i) => (
              <td class="num" key={weekly.weeks[i]}>
                {n}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The "Not understood" page: the review queue, one click to teach a phrase to the draft or ignore it. */
export function ReviewQueue({ canEdit }: { canEdit: boolean }) {
  const [queue, setQueue] = useState<Queue | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    const response = await api<Queue>('GET', 'review');
    if (response.ok) setQueue(response.data);
    else setNotice({ ok: false, text: problemOf(response.data, 'Could not load the review queue.') });
  }
  useEffect(() => void load(), []);

  async function act(path: string, body: Record<string, unknown>, done: (data: Acted) => Notice) {
    setBusy(true);
    const response = await api<Acted>('POST', path, body);
    setBusy(false);
    setNotice(response.ok ? done(response.data) : { ok: false, text: problemOf(response.data, 'That did not work.') });
    await load();
  }

  const key = (g: Group) => ({ criterionId: g.criterionId, locale: g.locale, phrase: g.phrase });
  const teach = (group: Group, optionId: string, synonym: string) => {
    const label = group.options.find((o) => o.id === optionId)?.label ?? optionId;
    void act('review/teach', { ...key(group), optionId, synonym }, (data) => ({
      ok: true,
      link: true,
      text:
        `“${data.synonym ?? synonym}” ${data.added ? 'is now' : 'was already'} a synonym of ${label} (${group.locale}) in the draft. ` +
        `Try it in the definition editor's preview, then publish to make it live.` +
        (data.draftErrors?.length ? ` The draft has ${data.draftErrors.length} problem(s) to fix before publishing.` : ''),
    }));
  };
  const ignore = (group: Group) => void act('review/ignore', key(group), () => ({ ok: true, text: `“${group.phrase}” is hidden from the queue.` }));

  return (
    <>
      <p>
        What visitors typed that the bot did not understand, or a guess they corrected with a button. Words are grouped per question and
        language; contact details are removed. Teach a phrase as one option's synonym in the draft, or ignore it.
      </p>
      <div role="status" aria-live="polite">
        {notice && (
          <div class={notice.ok ? 'notice' : 'error-text'}>
            <p>
              {notice.text} {notice.link && <a href="/admin/definition">Open the definition editor</a>}
            </p>
          </div>
        )}
      </div>
      {!queue ? (
        <p>Loading the review queue…</p>
      ) : (
        <>
          <h2>To review</h2>
          {queue.groups.length === 0 ? (
            <p class="hint">Nothing to review: every answer was understood, taught or ignored.</p>
          ) : (
            <ol class="review-groups" aria-label="Phrases to review">
              {queue.groups.map((group, i) => (
                <GroupItem key={`${group.criterionId}|${group.locale}|${group.phrase}`} group={group} index={i} canEdit={canEdit} busy={busy} onTeach={teach} onIgnore={ignore} />
              ))}
            </ol>
          )}
          <h2>Week by week</h2>
          <Weekly weekly={queue.weekly} />
        </>
      )}
    </>
  );
}
