import type { SqlExecutor } from './driver.js';

/**
 * An array of records in PostgreSQL's binary format (array_send, record_send), sent as a binary
 * parameter: PostgreSQL takes each field as it comes (a text's bytes, a number's eight), where the
 * same array as text was scanned three times over, character by character — to count it, to unquote
 * each element, to unquote each field (array_in, record_in: 6 % of the server's instructions per
 * turn). The format names the array's element type by its oid in this database (`recordTypes`) and
 * each field by its type's; PostgreSQL refuses a field whose type is not the record type's.
 */

/** A field's type; a jsonb field is given as its JSON text, a timestamptz one as an ISO 8601 string. */
export type FieldType = 'text' | 'jsonb' | 'float8' | 'timestamptz';

const OIDS: Record<FieldType, number> = { text: 25, jsonb: 3802, float8: 701, timestamptz: 1184 };

/** A composite type: its oid in the database, its fields' types in order. */
export interface RecordType {
  oid: number;
  fields: readonly FieldType[];
}

/** A record's field. null and undefined are NULL. */
export type Field = string | number | null | undefined;

/** Milliseconds from the Unix epoch to PostgreSQL's, 2000-01-01T00:00:00Z. */
const POSTGRES_EPOCH_MS = 946_684_800_000;

/** Microseconds since PostgreSQL's epoch, as timestamptz_in reads the same ISO text: to the microsecond, rounded (Date.parse keeps milliseconds). */
export function microseconds(iso: string): bigint {
  const fraction = /\.(\d+)/.exec(iso)?.[1];
  const seconds = Date.parse(fraction === undefined ? iso : iso.replace(`.${fraction}`, ''));
  if (Number.isNaN(seconds)) throw new TypeError(`not a timestamp: ${iso}`);
  const micros = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1e6);
  return BigInt(seconds - POSTGRES_EPOCH_MS) * 1000n + BigInt(micros);
}

/** Bytes a field's value takes after its length word. */
const size = (type: FieldType, value: string | number) =>
  type === 'float8' || type === 'timestamptz' ? 8 : Buffer.byteLength(String(value)) + (type === 'jsonb' ? 1 : 0);

/** `rows`, each a record of `type`'s fields in order, as one binary array parameter. */
export function recordArray(type: RecordType, rows: ReadonlyArray<ReadonlyArray<Field>>): Buffer {
  const { fields } = type;
  // The header (dimensions, flags, element type, then the one dimension's length and lower bound);
  // per record its length and field count, per field its type and length.
  let total = 12 + (rows.length > 0 ? 8 : 0) + rows.length * (8 + 8 * fields.length);
  for (const row of rows) {
    if (row.length !== fields.length) throw new Error(`a record of ${row.length} fields for a type of ${fields.length}`);
    fields.forEach((field, i) => {
      const value = row[i];
      if (value !== null && value !== undefined) total += size(field, value);
    });
  }
  const out = Buffer.allocUnsafe(total);
  let at = out.writeInt32BE(rows.length > 0 ? 1 : 0, 0);
  // Flags 0: PostgreSQL finds the NULLs itself.
  at = out.writeInt32BE(0, at);
  at = out.writeUInt32BE(type.oid, at);
  if (rows.length > 0) {
    at = out.writeInt32BE(rows.length, at);
    at = out.writeInt32BE(1, at);
  }
  for (const row of rows) {
    const start = at;
    at = out.writeInt32BE(fields.length, at + 4);
    fields.forEach((field, i) => {
      at = out.writeUInt32BE(OIDS[field], at);
      const value = row[i];
      if (value === null || value === undefined) {
        at = out.writeInt32BE(-1, at);
        return;
      }
      const lengthAt = at;
      at += 4;
      if (field === 'float8') at = out.writeDoubleBE(Number(value), at);
      else if (field === 'timestamptz') at = out.writeBigInt64BE(microseconds(String(value)), at);
      else {
        // jsonb's binary form: a version byte, then the JSON text.
        if (field === 'jsonb') at = out.writeUInt8(1, at);
        at += out.write(String(value), at);
      }
      out.writeInt32BE(at - lengthAt - 4, lengthAt);
    });
    out.writeInt32BE(at - start - 4, start);
  }
  return out;
}

/**
 * The oids of `types`' composite types in the database `db` is connected to, each with its fields;
 * null while one of them does not exist (the migration making it is not applied).
 */
export async function recordTypes<K extends string>(db: SqlExecutor, types: Record<K, { name: string; fields: readonly FieldType[] }>): Promise<Record<K, RecordType> | null> {
  const keys = Object.keys(types) as K[];
  const [row] = await db.query<Record<string, number | null>>(
    `SELECT ${keys.map((key, i) => `to_regtype($${i + 1}::text)::oid::int AS "${key}"`).join(', ')}`,
    keys.map((key) => types[key].name),
  );
  if (keys.some((key) => typeof row?.[key] !== 'number')) return null;
  return Object.fromEntries(keys.map((key) => [key, { oid: row![key]!, fields: types[key].fields }])) as Record<K, RecordType>;
}
