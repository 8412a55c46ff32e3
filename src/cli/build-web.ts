/**
 * The last step of `npm run build` (after `tsc -p tsconfig.build.json`): the browser pages' files that tsc
 * does not emit. The explorer's script is bundled ahead of time (the running service then serves the file,
 * without esbuild or the page's TypeScript); its HTML and CSS, and GraphiQL's page, are copied as they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { bundleExplorer, EXPLORER_STATIC_FILES } from '../web/explorer';
import { IDE_STATIC_FILES } from '../web/ide';

const SOURCE = path.join(PROJECT_ROOT, 'src', 'web');

export async function buildWeb(outDir = path.join(PROJECT_ROOT, 'dist', 'web')): Promise<void> {
  const explorerOut = path.join(outDir, 'explorer');
  fs.mkdirSync(explorerOut, { recursive: true });
  const bundle = await bundleExplorer(path.join(SOURCE, 'explorer'));
  fs.writeFileSync(path.join(explorerOut, 'explorer.js'), bundle.js);
  fs.writeFileSync(path.join(explorerOut, 'explorer.js.map'), bundle.map);
  for (const f of EXPLORER_STATIC_FILES) fs.copyFileSync(path.join(SOURCE, 'explorer', f), path.join(explorerOut, f));
  for (const f of IDE_STATIC_FILES) fs.copyFileSync(path.join(SOURCE, f), path.join(outDir, f));
  console.log(`Wrote the web pages' files to ${path.relative(PROJECT_ROOT, outDir)}/`);
}

if (require.main === module) {
  buildWeb().catch((error: unknown) => {
    console.error(`build-web: ${(error as Error).message}`);
    process.exit(1);
  });
}
