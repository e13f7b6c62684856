/**
 * Spoken day counts for ranges of weekdays ("Tue-Thu", "tiistaista torstaihin", "tisdag till
 * torsdag", "od wtorku do czwartku"): every pair of days, the later after the earlier, counts the
 * days from one to the other (Tuesday to Thursday is 3). `from` and `to` are folded regexp sources
 * for each day, Monday first, as said before and after the join; `join` the source between them
 * (spaces stand for spaces or hyphens, see `UnitCues.spoken`).
 */
export function weekdayRanges(from: readonly string[], to: readonly string[], join: string): [string, number][] {
  const ranges: [string, number][] = [];
  for (let i = 0; i < from.length; i++) for (let j = i + 1; j < to.length; j++) ranges.push([`(?:${from[i]})${join}(?:${to[j]})`, j - i + 1]);
  return ranges;
}
