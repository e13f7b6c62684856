/** The widget's own words in this language; no imports, so the widget bundle carries only these. */
export const widget = {
  open: 'Öppna chatten',
  close: 'Stäng chatten',
  title: 'Chatta med oss',
  log: 'Konversation',
  input: 'Ditt meddelande',
  placeholder: 'Skriv ett meddelande…',
  send: 'Skicka',
  you: 'Du',
  bot: 'Assistent',
  typing: 'Skriver…',
  reconnecting: 'Återansluter…',
  failed: 'Ditt meddelande kunde inte skickas.',
  retry: 'Försök igen',
  restart: 'Starta en ny konversation',
};
