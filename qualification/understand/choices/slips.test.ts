import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, same, t } from '../../../test/support/made-up-definition.js';
import { understand } from '../understand.js';

/** Products named in two words, and tools named in common words. */
const definition = madeUpDefinition([
  madeUpChoice('erp', 'company', [
    { id: 'dynamics', label: same('Microsoft Dynamics'), synonyms: { en: ['Dynamics Business Central'] } },
    { id: 'netvisor', label: same('Visma Netvisor') },
    { id: 'sheets', label: same('Google Sheets') },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
  madeUpChoice('planning', 'situation', [
    { id: 'planner', label: t('Route planner', 'Reittien suunnittelu', 'Digital körjournal', 'Karty drogowe') },
    { id: 'paper', label: t('Paper', 'Paperi', 'Papper', 'Papier') },
  ]),
]);

const NOW = new Date('2026-06-15T10:00:00Z');
function read(locale: Locale, asking: string, text: string): unknown {
  const found = understand(definition, text, { locale, now: NOW, asking }).extractions.find((e) => e.criterionId === asking);
  return found && found.confidence >= CONFIDENT ? found.value : undefined;
}

describe('one letter off in a name of a synonym of several words, the rest as written, is a slip of the keyboard', () => {
  it.each<[Locale, string, string, unknown]>([
    ['en', 'erp', 'microsfot dynamics', 'dynamics'],
    ['en', 'erp', 'we run Dynamics Busines Central', 'dynamics'],
    ['fi', 'erp', 'visma netvisr', 'netvisor'],
    ['fi', 'erp', 'goolge sheets', 'sheets'],
    ['sv', 'erp', 'vi kör microsoft dynamcis', 'dynamics'],
    ['sv', 'erp', 'google sheeets', 'sheets'],
    ['pl', 'erp', 'mamy visma netvisorr', 'netvisor'],
    ['pl', 'erp', 'googel sheets', 'sheets'],
  ])('%s, asking %s: "%s" → %s', (locale, asking, text, value) => expect(read(locale, asking, text)).toEqual(value));
});

describe('a common word of a synonym of several words one letter off inside it, the rest as written, is a slip of the keyboard', () => {
  it.each<[Locale, string, string, unknown]>([
    ['en', 'planning', 'a route planer', 'planner'],
    ['fi', 'planning', 'reittien suunnitelu', 'planner'],
    ['sv', 'planning', 'digital körjurnal', 'planner'],
    ['pl', 'planning', 'karty drugowe', 'planner'],
  ])('%s, asking %s: "%s" → %s', (locale, asking, text, value) => expect(read(locale, asking, text)).toEqual(value));
});

describe('a common word one letter off at its end beside others may be another form of it: asked back', () => {
  it.each<[Locale, string, string]>([
    ['en', 'planning', 'a route plannet'],
    ['fi', 'planning', 'reittien suunnittela'],
    ['sv', 'planning', 'digital körjournall'],
    ['pl', 'planning', 'karty drogowd'],
    // Two words off is no slip.
    ['en', 'erp', 'microsfot dynamcis'],
  ])('%s, asking %s: "%s" is not recorded as a slip', (locale, asking, text) => {
    const found = understand(definition, text, { locale, now: NOW, asking }).extractions.find((e) => e.criterionId === asking);
    expect(found?.confidence ?? 0).toBeLessThan(CONFIDENT);
  });
});
