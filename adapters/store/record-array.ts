/**
 * The text PostgreSQL reads as an array of records (`{"(a,\"b\",)", …}`): each field quoted, its
 * backslashes and quotes escaped, or left empty for NULL; each record quoted again as an array element.
 * PostgreSQL reads it field by field with each field's own type input (array_in, record_in), where a
 * jsonb document of the same rows was parsed into a tree, its keys sorted, and then read again by key
 * (turn-write.ts, migration 023). node-postgres writes flat arrays only, PGlite takes text.
 */
const quoted = (text: string) => `"${text.replace(/[\\"]/g, '\\$&')}"`;

/** A record's field as its type reads it: a jsonb field is its JSON text. null and undefined are NULL. */
export type Field = string | number | null | undefined;

/** `rows`, each a record's fields in its type's order. */
export function recordArray(rows: ReadonlyArray<ReadonlyArray<Field>>): string {
  return `{${rows.map((row) => quoted(`(${row.map((value) => (value === null || value === undefined ? '' : quoted(String(value)))).join(',')})`)).join(',')}}`;
}
