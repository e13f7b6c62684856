/** How the host page configured the widget, read from its own script tag and the page. */
export interface EmbedConfig {
  /** Origin of the bot server: every request goes here and nowhere else. */
  apiOrigin: string;
  accent: string | null;
  title: string | null;
}

export interface PageContext {
  pageUrl: string;
  referrer?: string;
  utm?: Record<string, string>;
}

const UTM_PREFIX = 'utm_';
const MAX_CONTEXT_LENGTH = 2000;

/** The API lives wherever the script was loaded from, so one tag is the whole installation. */
export function readEmbedConfig(src: string, data: { accent?: string; title?: string }, isColor: (value: string) => boolean): EmbedConfig {
  const accent = data.accent?.trim();
  const title = data.title?.trim();
  return {
    apiOrigin: new URL(src).origin,
    accent: accent && isColor(accent) ? accent : null,
    title: title ? title : null,
  };
}

/** The page's declared language wins over the browser's; only the primary subtag is sent. */
export function detectLocale(htmlLang: string | null | undefined, browserLang: string | null | undefined): string | undefined {
  for (const tag of [htmlLang, browserLang]) {
    const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  }
  return undefined;
}

export function pageContext(href: string, referrer: string): PageContext {
  const url = new URL(href);
  const utm: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key.startsWith(UTM_PREFIX) && value) utm[key] = value.slice(0, 200);
  }
  const context: PageContext = { pageUrl: href.slice(0, MAX_CONTEXT_LENGTH) };
  if (referrer) context.referrer = referrer.slice(0, MAX_CONTEXT_LENGTH);
  if (Object.keys(utm).length > 0) context.utm = utm;
  return context;
}
