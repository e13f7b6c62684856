/**
 * The languages Kysy speaks, one pack each in a folder beside this file. Kept apart from the packs
 * (registered in index.ts and widget.ts, which the type checker holds to this list) so the
 * definition schema, and the admin bundle that validates definitions, need none of their data.
 */
export const LOCALE_TAGS = ['en', 'fi', 'sv', 'pl'] as const;
export type LocaleTag = (typeof LOCALE_TAGS)[number];
