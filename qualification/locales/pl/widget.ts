/** The widget's own words in this language; no imports, so the widget bundle carries only these. */
export const widget = {
  open: 'Otwórz czat',
  close: 'Zamknij czat',
  title: 'Porozmawiaj z nami',
  log: 'Rozmowa',
  input: 'Twoja wiadomość',
  placeholder: 'Napisz wiadomość…',
  send: 'Wyślij',
  you: 'Ty',
  bot: 'Asystent',
  typing: 'Pisze…',
  reconnecting: 'Ponowne łączenie…',
  failed: 'Nie udało się wysłać wiadomości.',
  retry: 'Spróbuj ponownie',
  restart: 'Rozpocznij nową rozmowę',
};
