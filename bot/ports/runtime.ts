/** Time and randomness come in through here so the core stays deterministic under test. */
export interface Clock {
  now(): Date;
}

export interface Random {
  /** A number in [0, 1). */
  next(): number;
}
