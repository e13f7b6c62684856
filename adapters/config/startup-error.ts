/** A startup failure the operator can fix; the message says what and where. */
export class StartupError extends Error {}
