import type { Knowledge } from '../../bot/ports/model.js';
import { createKnowledge, type KnowledgeDeps } from './answer.js';
import { readKnowledgeFolder, watchKnowledgeFolder } from './folder.js';
import { type SyncResult, syncKnowledge } from './index-sync.js';

export interface KnowledgeOptions extends KnowledgeDeps {
  folder: string;
  locales: readonly string[];
  /** Re-index when a file changes (on by default). */
  watch?: boolean;
  onIndexed?: (result: SyncResult) => void;
}

export interface RunningKnowledge {
  knowledge: Knowledge;
  /** Re-reads the folder and updates the index; concurrent calls share one run. */
  reindex(): Promise<SyncResult>;
  close(): void;
}

/** Indexes the knowledge folder now, again on every change, and answers questions from it. */
export async function startKnowledge(options: KnowledgeOptions): Promise<RunningKnowledge> {
  let running: Promise<SyncResult> | null = null;
  let again = false;
  const reindex = (): Promise<SyncResult> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        let result: SyncResult;
        do {
          again = false;
          result = await syncKnowledge(options.sql, await readKnowledgeFolder(options.folder, options.locales));
          options.onIndexed?.(result);
        } while (again);
        return result;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  await reindex();
  const watcher = options.watch === false ? null : watchKnowledgeFolder(options.folder, () => void reindex().catch((e) => options.onError?.(e)));
  return { knowledge: createKnowledge(options), reindex, close: () => watcher?.close() };
}
