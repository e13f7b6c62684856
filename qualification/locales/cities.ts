/**
 * Cities and regions a visitor names for where the company is ("vi är ett åkeri i Jönköping",
 * "naprawiamy windy w Krakowie"), by ISO 3166 code: the larger ones of the countries Kysy's
 * sellers serve most, under their own names and the locales' names for them (Tukholma, Sztokholm).
 * Names are names in every language, so one list serves all locales; the matcher reads their cases.
 * Only names that are no common word in any locale.
 */
export const CITIES: Readonly<Record<string, readonly string[]>> = {
  FI: ['Helsinki', 'Helsingfors', 'Espoo', 'Esbo', 'Tampere', 'Tammerfors', 'Vantaa', 'Vanda', 'Oulu', 'Uleåborg', 'Turku', 'Åbo', 'Jyväskylä', 'Lahti', 'Kuopio', 'Pori', 'Joensuu', 'Lappeenranta', 'Vaasa', 'Rovaniemi', 'Seinäjoki', 'Hämeenlinna', 'Kouvola', 'pääkaupunkiseutu'],
  SE: ['Stockholm', 'Tukholma', 'Sztokholm', 'Göteborg', 'Gothenburg', 'Malmö', 'Uppsala', 'Västerås', 'Örebro', 'Linköping', 'Jönköping', 'Norrköping', 'Helsingborg', 'Umeå', 'Luleå', 'Sundsvall', 'Gävle', 'Karlstad', 'Växjö', 'Mälardalen', 'Norrland', 'Skåne', 'Småland'],
  NO: ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Drammen', 'Kristiansand', 'Tromsø'],
  DK: ['Copenhagen', 'København', 'Kööpenhamina', 'Köpenhamn', 'Kopenhaga', 'Aarhus', 'Odense', 'Aalborg'],
  EE: ['Tallinn', 'Tallinna', 'Tallin', 'Tartu', 'Pärnu'],
  LV: ['Riga', 'Riika', 'Ryga'],
  LT: ['Vilnius', 'Wilno', 'Kaunas'],
  PL: ['Warsaw', 'Varsova', 'Warszawa', 'Kraków', 'Krakow', 'Cracow', 'Łódź', 'Wrocław', 'Wroclaw', 'Poznań', 'Poznan', 'Gdańsk', 'Gdansk', 'Szczecin', 'Bydgoszcz', 'Lublin', 'Katowice', 'Białystok', 'Gdynia', 'Częstochowa', 'Radom', 'Rzeszów', 'Toruń', 'Kielce', 'Olsztyn', 'Opole', 'Trójmiasto', 'Śląsk', 'Mazowsze', 'Pomorze', 'Wielkopolska', 'Małopolska'],
  DE: ['Berlin', 'Hamburg', 'München', 'Munich', 'Monachium', 'Frankfurt', 'Köln', 'Cologne', 'Kolonia', 'Stuttgart', 'Düsseldorf'],
  GB: ['London', 'Lontoo', 'Londyn', 'Manchester', 'Birmingham', 'Glasgow', 'Edinburgh'],
  NL: ['Amsterdam', 'Rotterdam'],
};
