import type { CountedThings } from '../../understand/numbers/units.js';

/** Words for things businesses count, beginnings of words after a number ("40 ciężarówek", "3 sklepy"). */
/** Words after which a thing's word says where the count is ("10 in the office"), not what it counts. */
const where = ['w', 'we', 'na', 'po', 'z', 'ze', 'przy', 'miedzy', 'dla', 'do', 'u'];

export const counted: CountedThings = {
  vehicles: {
    after: ['pojazd', 'samochod', 'aut', 'auta', 'ciezarow', 'bus', 'busy', 'busow', 'busami', 'dostawcz', 'furgon', 'ciagnik', 'tir', 'tiry', 'tirow', 'naczep', 'autobus', 'taksow', 'wozow', 'wozy', 'karetk'],
    before: ['flota', 'flota liczy', 'we flocie', 'w flocie mamy', 'we flocie mamy'],
    spoken: [],
    where,
  },
  orders: {
    after: ['zamowie', 'paczk', 'paczek', 'przesyl', 'wysylk', 'wysylek', 'zlecen', 'transakcj'],
    before: [],
    spoken: [],
    where,
  },
  locations: {
    after: ['lokaliz', 'placow', 'sklep', 'oddzia', 'biur', 'magazyny', 'magazynow', 'magazynach', 'punkt', 'filii', 'filie', 'restaurac', 'kawiar', 'salon', 'klinik', 'zaklad', 'hotel', 'warsztat', 'domow', 'domy', 'budyn', 'nieruchomo', 'centrala', 'centrali', 'siedzib', 'szkol', 'przedszkol', 'obiekt'],
    before: [],
    spoken: [['tylko (?:jedno |jeden |jedna )?(?:biuro|budynek|oddzial|sklep|obiekt|lokalizacja|szkola)', 1]],
    where,
  },
  floors: { after: ['pietr', 'pieter', 'kondygnac'], before: [], spoken: [], where },
  days: {
    after: ['dzien', 'dni', 'dniach', 'dnia'],
    before: [],
    spoken: [['raz (?:w|na) tydzien', 1], ['raz w tygodniu', 1]],
    where,
  },
};
