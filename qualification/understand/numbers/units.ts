import type { Locale } from '../../definition/schema.js';
import { fold } from '../normalize.js';

/**
 * Words that tie a number to a unit. `after` are word beginnings following the number
 * ("120 employees", "120-person", "50 hengen", "40 osób"); `before` are phrases right before it
 * ("we employ 120", "meitä on 40", "jest nas 40").
 */
export interface UnitCues {
  after: string[];
  before: string[];
}

const employees: Record<Locale, UnitCues> = {
  en: {
    after: ['people', 'person', 'employee', 'staff', 'tech', 'technician', 'worker', 'heads', 'fte', 'guys', 'engineer', 'installer', 'fitter', 'strong', 'man', 'men', 'member', 'of us', 'plumber', 'electrician'],
    before: ['employ', 'employs', 'employees', 'headcount', 'headcount of', 'staff of', 'team of', 'we are', 'we re', 'there are', 'staff'],
  },
  fi: {
    after: ['henk', 'heng', 'hlo', 'hloa', 'tyontekij', 'tyolais', 'asentaj', 'ihmis', 'tyokaver', 'kaver', 'jasen', 'meita', 'teknik'],
    before: ['meita on', 'meit on', 'tyollistamme', 'tyollistaa', 'henkilostoa', 'henkilosto', 'henkilokunta', 'henkilokuntaa', 'tyontekijoita', 'tyontekijoita on'],
  },
  sv: {
    after: ['anstalld', 'person', 'pers', 'medarbetar', 'tekniker', 'montor', 'man', 'manna', 'kollegor', 'installator', 'elektriker', 'rormokare', 'anst'],
    before: ['vi ar', 'sysselsatter', 'anstallda', 'personal', 'personalstyrka', 'personalstyrka pa'],
  },
  pl: {
    after: ['osob', 'pracownik', 'ludzi', 'technik', 'monter', 'etat', 'czlonk', 'instalator', 'elektryk', 'hydraulik', ],
    before: ['jest nas', 'zatrudniamy', 'zatrudnia', 'zatrudniamy okolo', 'pracuje u nas', 'mamy zespol', 'zespol'],
  },
};

/** Unit names a definition may use for head counts. */
const CUES: Record<string, Record<Locale, UnitCues>> = {
  employees: employees,
  employee: employees,
  people: employees,
  persons: employees,
  staff: employees,
  headcount: employees,
};

/** Cues for a criterion's unit; an unknown unit is cued by its own name only. */
export function cuesFor(unit: string, locale: Locale): UnitCues {
  const name = fold(unit.trim());
  const known = CUES[name];
  if (known) return known[locale];
  return { after: name.length >= 3 ? [name] : [], before: [] };
}
