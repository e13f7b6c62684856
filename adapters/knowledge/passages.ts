import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export interface Passage {
  /** `<locale>/<file>#<slug>`: stable across re-indexing. */
  id: string;
  /** The file the passage came from, relative to the knowledge folder. */
  source: string;
  locale: string;
  title: string;
  body: string;
  url: string;
  position: number;
}

const FrontMatter = z.object({ title: z.string().min(1), url: z.url() });

/**
 * One markdown file to passages: the text before the first `## ` heading under the page title, then one
 * passage per `## ` section, linked to the section's anchor.
 */
export function parsePassages(source: string, locale: string, markdown: string): Passage[] {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(markdown.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${source}: front matter (title, url) is missing`);
  const meta = FrontMatter.safeParse(parseYaml(match[1]!));
  if (!meta.success) throw new Error(`${source}: front matter needs a title and a url`);
  const { title, url } = meta.data;

  const sections: Array<{ heading: string | null; lines: string[] }> = [{ heading: null, lines: [] }];
  for (const line of match[2]!.split('\n')) {
    const h2 = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h2) sections.push({ heading: h2[1]!, lines: [] });
    else if (!/^#\s/.test(line)) sections.at(-1)!.lines.push(line);
  }
  return sections
    .map((s) => ({ ...s, body: plainText(s.lines.join('\n')) }))
    .filter((s) => s.body.length > 0)
    .map((s, position) => {
      const slug = s.heading ? slugify(s.heading) : '';
      return {
        id: `${source}#${slug}`,
        source,
        locale,
        title: s.heading ? `${title}: ${s.heading}` : title,
        body: s.body,
        url: slug ? `${url}#${slug}` : url,
        position,
      };
    });
}

/** Markdown emphasis, links and list marks removed: passages are shown as plain text. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function slugify(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
