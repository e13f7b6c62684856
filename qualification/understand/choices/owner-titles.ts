import type { LeadDefinition, Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import type { Message } from '../normalize.js';
import { coverage } from './trade-owners.js';
import type { ChoiceCriterion } from './terms.js';

/** ISCO-08 1.1.2.0: managing directors and chief executives, where the packs file owners and founders. */
const OWNING = '1.1.2.0';

const owning = new WeakMap<ChoiceCriterion, Option | null>();
/** The one option of a role question whose job words are mostly owners' and chief executives' ("Owner / CEO"); once per criterion. */
function ownersOption(criterion: ChoiceCriterion, definition: LeadDefinition): Option | null {
  let known = owning.get(criterion);
  if (known === undefined) {
    // Options about who decides say what they mean already: "the owner" there is someone else.
    if (criterion.options.some((o) => o.means ?? o.country ?? o.months)) {
      owning.set(criterion, null);
      return null;
    }
    const covered = coverage(criterion.options, definition.locales, 'occupations');
    const found = criterion.options.filter((o) => {
      const codes = [...(covered.get(o) ?? [])].sort((a, b) => b[1] - a[1]);
      return codes[0]?.[0] === OWNING;
    });
    owning.set(criterion, (known = found.length === 1 ? (found[0] as Option) : null));
  }
  return known;
}

/**
 * Two of the visitor's own titles joined ("head chef and co-owner", "keittiöpäällikkö ja osakas",
 * "köksmästare och delägare", "szef kuchni i wspólnik") are both theirs; owning the business says
 * more of their say than the job they do in it, so the owner's option answers a role question
 * asked. Only when nothing but a joining word or sign stands between the two.
 */
export function ownerOverTitle(hits: ChoiceHit[], definition: LeadDefinition, message: Message, pack: LocalePack, asking: string | null): ChoiceHit[] {
  const asked = hits.filter((h) => h.term.criterion.id === asking && h.term.criterion.category === 'person');
  const criterion = asked[0]?.term.criterion;
  if (!criterion || new Set(asked.map((h) => h.term.option)).size !== 2) return hits;
  const owner = ownersOption(criterion, definition);
  const [first, second] = [...asked].sort((a, b) => a.start - b.start) as [ChoiceHit, ChoiceHit];
  const mine = [first, second].find((h) => h.term.option === owner);
  if (!mine || first.term.option === second.term.option || first.end > second.start) return hits;
  const between = message.folded.slice(first.end, second.start);
  // A comma may start another person's clause ("kontorschef, vd:n fattar beslutet"): joined by a word or a sign only.
  const words = between.split(/[\s/&+]+/).filter(Boolean);
  const joined = !between.includes(',') && words.length <= 1 && words.every((w) => pack.people.joins.includes(w));
  if (!joined) return hits;
  const other = mine === first ? second : first;
  return hits.filter((h) => h.term.criterion !== criterion || h.term.option !== other.term.option);
}
