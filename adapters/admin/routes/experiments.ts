import { Router } from 'express';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import type { VariantStat, VariantStatsStore } from '../../store/variant-stats.js';
import { signedIn } from '../auth/principal.js';
import { html } from '../html.js';
import { layout } from '../pages/layout.js';

/** "7 of 20 (35%)": every rate shows the count it comes from and its sample size. */
export function share(count: number, of: number): string {
  if (of === 0) return '0 of 0';
  return `${count} of ${of} (${Math.round((count / of) * 100)}%)`;
}

const EMPTY = (criterionId: string, variant: string | null): VariantStat => ({
  criterionId,
  variant,
  asked: 0,
  timesAsked: 0,
  answered: 0,
  skipped: 0,
  abandoned: 0,
  qualified: 0,
});

export function experimentRoutes(deps: { store: VariantStatsStore; definitions: DefinitionCatalog; clock: Clock; abandonAfterMs: number }): Router {
  const router = Router();

  router.get('/experiments', async (_req, res) => {
    const { definition, version } = await deps.definitions.current();
    const tested = definition.criteria.filter((c) => c.variants.length > 0);
    const stats = await deps.store.variantStats({
      quietSince: new Date(deps.clock.now().getTime() - deps.abandonAfterMs),
      criterionIds: tested.map((c) => c.id),
    });
    const locale = definition.defaultLocale;
    const minutes = Math.round(deps.abandonAfterMs / 60_000);
    const body = html`<p>Each new conversation gets one wording of a tested question, at random and the same for a returning visitor.
Counts are conversations; "abandoned" means the visitor went quiet for ${minutes} minutes with that question open.
The definition live now is version ${version}.</p>
${tested.length === 0 ? html`<p>No question has variants yet. Add variants to a criterion in the definition editor.</p>` : ''}
${tested.map((criterion) => {
      const arms = [null, ...criterion.variants.map((v) => v.id)];
      const wording = (arm: string | null) => (arm === null ? criterion.question[locale] : criterion.variants.find((v) => v.id === arm)?.question[locale]) ?? '';
      return html`<table class="ab"><caption>${criterion.id}</caption>
<thead><tr><th scope="col">Variant</th><th scope="col">Wording (${locale})</th><th scope="col">Conversations asked (n)</th><th scope="col">Times asked</th>
<th scope="col">Answered</th><th scope="col">Skipped</th><th scope="col">Abandoned after it</th><th scope="col">Qualified (sales-ready)</th></tr></thead>
<tbody>${arms.map((arm) => {
        const s = stats.find((x) => x.criterionId === criterion.id && x.variant === arm) ?? EMPTY(criterion.id, arm);
        return html`<tr><th scope="row">${arm ?? 'plain question'}</th><td>${wording(arm)}</td><td class="num">${s.asked}</td><td class="num">${s.timesAsked}</td>
<td>${share(s.answered, s.asked)}</td><td>${share(s.skipped, s.asked)}</td><td>${share(s.abandoned, s.asked)}</td><td>${share(s.qualified, s.asked)}</td></tr>`;
      })}</tbody></table>`;
    })}`;
    res.type('html').send(layout({ title: 'A/B tests of questions', principal: signedIn(res), body, wide: true }).value);
  });

  return router;
}
