/** The widget's own words in this language; no imports, so the widget bundle carries only these. */
export const widget = {
  open: 'Otwórz czat',
  close: 'Zamknij czat',
  title: 'Zapraszamy do rozmowy',
  log: 'Rozmowa',
  input: 'Wiadomość',
  placeholder: 'Proszę wpisać wiadomość…',
  send: 'Wyślij',
  you: 'Państwo',
  bot: 'Asystent',
  typing: 'Pisze…',
  reconnecting: 'Ponowne łączenie…',
  failed: 'Nie udało się wysłać wiadomości.',
  retry: 'Ponów próbę',
  restart: 'Nowa rozmowa',
};
