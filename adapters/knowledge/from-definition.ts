import { dirname, resolve } from 'node:path';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import type { Llm } from '../llm/index.js';
import { type RunningKnowledge, startKnowledge } from './index.js';
import type { SqlClient } from './sql.js';

export interface KnowledgeLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * The knowledge folder the definition names (relative to the definition file), indexed now and on
 * every change; null when the definition names none.
 */
export async function knowledgeFromDefinition(
  definition: LeadDefinition,
  definitionPath: string,
  sql: SqlClient,
  llm: Llm | undefined,
  log: KnowledgeLog,
): Promise<RunningKnowledge | null> {
  if (!definition.knowledge) return null;
  const folder = resolve(dirname(definitionPath), definition.knowledge.folder);
  return startKnowledge({
    sql,
    folder,
    locales: definition.locales,
    company: definition.company.name,
    fallbackLocale: definition.defaultLocale,
    model: llm ? { call: llm.call, prompts: llm.prompts, meter: llm.meter } : undefined,
    onIndexed: (result) => {
      if (result.errors.length > 0) log.error({ folder, errors: result.errors }, 'knowledge files skipped');
      log.info({ folder, files: result.files, changed: result.changed, removed: result.removed }, 'knowledge indexed');
    },
    onError: (error) => log.error({ err: error }, 'knowledge lookup failed; the FAQ answers instead'),
  });
}
