/** The widget's own words in this language; no imports, so the widget bundle carries only these. */
export const widget = {
  open: 'Avaa chat',
  close: 'Sulje chat',
  title: 'Keskustele kanssamme',
  log: 'Keskustelu',
  input: 'Viestisi',
  placeholder: 'Kirjoita viesti…',
  send: 'Lähetä',
  you: 'Sinä',
  bot: 'Avustaja',
  typing: 'Kirjoittaa…',
  reconnecting: 'Yhdistetään uudelleen…',
  failed: 'Viestiäsi ei voitu lähettää.',
  retry: 'Yritä uudelleen',
  restart: 'Aloita uusi keskustelu',
};
