import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface KnowledgeFile {
  /** Path relative to the knowledge folder, e.g. `en/integrations.md`. */
  source: string;
  locale: string;
  text: string;
}

/** `<folder>/<locale>/*.md` for the locales asked for; other files and folders are not content. */
export async function readKnowledgeFolder(folder: string, locales: readonly string[]): Promise<KnowledgeFile[]> {
  const files: KnowledgeFile[] = [];
  for (const locale of locales) {
    let names: string[];
    try {
      names = await readdir(join(folder, locale));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
      files.push({ source: `${locale}/${name}`, locale, text: await readFile(join(folder, locale, name), 'utf8') });
    }
  }
  return files;
}

/** Calls `onChange` once a burst of edits in the folder has settled. */
export function watchKnowledgeFolder(folder: string, onChange: () => void, settleMs = 250): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(folder, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(onChange, settleMs);
    });
  } catch {
    // A folder that cannot be watched is still indexed at start.
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
