/** The widget's own words in this language; no imports, so the widget bundle carries only these. */
export const widget = {
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
