/** The widget's own words (the bot's words come from the lead definition on the server). */
export interface Strings {
  open: string;
  close: string;
  title: string;
  log: string;
  input: string;
  placeholder: string;
  send: string;
  you: string;
  bot: string;
  typing: string;
  reconnecting: string;
  failed: string;
  retry: string;
  restart: string;
}

const en: Strings = {
  open: 'Open chat',
  close: 'Close chat',
  title: 'Chat with us',
  log: 'Conversation',
  input: 'Your message',
  placeholder: 'Type a message…',
  send: 'Send',
  you: 'You',
  bot: 'Assistant',
  typing: 'Typing…',
  reconnecting: 'Reconnecting…',
  failed: 'Your message could not be sent.',
  retry: 'Try again',
  restart: 'Start a new conversation',
};

const fi: Strings = {
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

const sv: Strings = {
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

const pl: Strings = {
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

const byLocale: Record<string, Strings> = { en, fi, sv, pl };

export function stringsFor(locale: string | undefined): Strings {
  return (locale && byLocale[locale]) || en;
}
