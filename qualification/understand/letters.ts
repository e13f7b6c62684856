/**
 * Tests of Unicode letter classes, built once at load. esbuild (tsx, and the server bundle for
 * node 20) rewrites a literal such as `/^\p{Lu}/u` into `new RegExp(…)` where it stands, so written
 * inside a function it is built again on every call (~0.3 µs each, on every word of every message).
 * Other such expressions stand at the top of their own modules for the same reason.
 */
export const LETTER = /\p{L}/u;
export const STARTS_WITH_LETTER = /^\p{L}/u;
export const STARTS_UPPER = /^\p{Lu}/u;
export const HAS_UPPER = /\p{Lu}/u;
export const HAS_LOWER = /\p{Ll}/u;
/** Upper case letter or digit first ("Dynamics 365"). */
export const STARTS_UPPER_OR_DIGIT = /^(?:\p{Lu}|\p{N})/u;
/** Combining marks (global: for `replace`, which starts it over each time). */
export const MARKS = /\p{M}/gu;
/** An abbreviation in capitals, an ampersand allowed inside ("IT", "AGM", "L&D"). */
export const CAPITALS = /^\p{Lu}[\p{Lu}&]*\p{Lu}$/u;
