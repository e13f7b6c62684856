// `npm start`: the server from its bundle (server-bundle.mjs), built first when a source changed.
// `tsx adapters/main.ts` runs the sources directly.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serverBundle } from './server-bundle.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Without a bundle (a read-only checkout, a source esbuild rejects) the sources run through tsx, which says what is wrong in them. */
async function fromSources(error) {
  process.stderr.write(`Kysy runs from its sources (no bundle: ${String(error?.message ?? error).split('\n')[0]})\n`);
  const { register } = await import('tsx/esm/api');
  register();
  return join(root, 'adapters', 'serve.ts');
}

const main = await serverBundle({ root, out: join(root, 'dist', 'server') }).then(({ main }) => main, fromSources);
// Stack traces name the TypeScript sources, as under tsx.
process.setSourceMapsEnabled(true);
const server = await import(pathToFileURL(main).href);
await server.main();
