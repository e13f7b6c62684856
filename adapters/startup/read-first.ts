import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDefinition } from '../../qualification/definition/parse.js';
import { resolveAdminToken } from '../config/admin-token.js';
import type { Config } from '../config/config.js';
import { dataDirProblem } from '../config/data-dir.js';
import { StartupError } from '../config/startup-error.js';
import type { Logger } from '../log/logger.js';

async function loadDefinitionFile(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new StartupError(`LEAD_DEFINITION: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new StartupError(`LEAD_DEFINITION: ${path} is not a valid lead definition:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.definition;
}

/** Builds the widget into dist/widget when the widget sources are present; never rejects (the API works without it). */
async function bundleWidget(logger: Logger): Promise<void> {
  const builder = new URL('../http/widget/build.ts', import.meta.url);
  if (!existsSync(builder)) return;
  try {
    const module = (await import(builder.href)) as { buildWidget?: () => Promise<{ bytes: number; brotliBytes: number }> };
    if (!module.buildWidget) return;
    const built = await module.buildWidget();
    logger.info({ bytes: built.bytes, brotliBytes: built.brotliBytes }, 'widget built');
  } catch (error) {
    logger.error({ err: error }, 'widget build failed');
  }
}

/**
 * What a start reads while its database opens: the admin token (generated and announced at the first
 * start), the lead definition file, and HubSpot's client when configured; and the widget bundle it
 * starts building (never rejects: the API works without it).
 */
export async function readFirst(config: Config, logger: Logger, announce: (line: string) => void, buildWidget: boolean) {
  // DATA_DIR holds the generated admin token (and the PGlite database: openConfiguredStore checks it for that).
  if (!config.ADMIN_TOKEN) {
    const problem = await dataDirProblem(config.DATA_DIR);
    if (problem) throw new StartupError(problem);
  }
  const admin = await resolveAdminToken(config.DATA_DIR, config.ADMIN_TOKEN);
  if (admin.source === 'generated') {
    announce(`\nKysy admin token (shown once; also kept in ${resolve(config.DATA_DIR, 'admin-token')}):\n  ${admin.token}\n`);
  }
  const definitionPath = resolve(config.LEAD_DEFINITION);
  const definition = await loadDefinitionFile(definitionPath);
  const widget = buildWidget ? bundleWidget(logger) : Promise.resolve();
  // Integrations load their client libraries only when configured (Slack's Bolt, HubSpot's client and
  // LangChain are a good part of the time to ready otherwise).
  const hubspotModule = config.HUBSPOT_ACCESS_TOKEN ? await import('../crm/hubspot/worker.js') : null;
  return { admin, definitionPath, definition, widget, hubspotModule };
}
