/**
 * The synthetic corpus a scale benchmark runs on, kept under .data/ between runs: generating
 * the medium preset takes minutes, so a corpus is reused when this generator, in this format
 * version, wrote it with the same options (same seed, same bytes); otherwise it is regenerated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { CorpusOptions, FORMAT_VERSION, generateCorpus, Manifest } from '../../src/corpus/generate';

/** Where a preset's corpus is kept unless the command line names a folder. */
export function benchCorpusDir(size: string, seed: number, override?: string): string {
  return path.resolve(override ?? path.join(PROJECT_ROOT, '.data', `bench-corpus-${size}-${seed}`));
}

/** The corpus in `dir`, reused or (re)generated; `log` says which. */
export async function corpusFor(options: CorpusOptions, dir: string, log: (line: string) => void): Promise<Manifest> {
  const manifestFile = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestFile)) {
    const existing = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    if (JSON.stringify(existing.options) === JSON.stringify(options) && existing.formatVersion === FORMAT_VERSION) {
      log(`Reusing the corpus in ${dir} (same format, options and seed: same bytes).`);
      return existing;
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  log(`Generating ${JSON.stringify(options)} into ${dir}...`);
  const t = Date.now();
  const m = await generateCorpus(options, dir);
  log(
    `Generated ${m.totals.nodes.toLocaleString('en')} nodes, ${m.totals.relationships.toLocaleString('en')} relationships, ` +
      `${m.totals.evidence.toLocaleString('en')} evidence records in ${((Date.now() - t) / 1000).toFixed(1)} s.`,
  );
  return m;
}
