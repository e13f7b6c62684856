import type { AnswerValue } from '../../qualification/answer.js';
import type { Criterion, LeadDefinition } from '../../qualification/definition/schema.js';

/**
 * An answer as sales reads it: option ids become the labels sales agreed on (in English when the
 * definition has it, else its default language), numbers get their unit; free text stays as given.
 */
export function salesLabel(definition: LeadDefinition, criterion: Criterion | undefined, value: AnswerValue): string {
  if (!criterion) return Array.isArray(value) ? value.join(', ') : String(value);
  const lang = definition.locales.includes('en') ? 'en' : definition.defaultLocale;
  const option = (id: string) => {
    if (criterion.type !== 'choice' && criterion.type !== 'multi') return id;
    const found = criterion.options.find((o) => o.id === id);
    return found?.label[lang] ?? found?.label[definition.defaultLocale] ?? id;
  };
  switch (criterion.type) {
    case 'choice':
      return option(String(value));
    case 'multi':
      return (Array.isArray(value) ? value : [String(value)]).map(option).join(', ');
    case 'number':
      return `${value} ${criterion.unit}`;
    case 'yes_no':
      return value === 'yes' ? 'Yes' : value === 'no' ? 'No' : String(value);
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
