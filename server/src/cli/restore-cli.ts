/**
 * `npm run restore -- FILE [--replace]`: loads an archive of `npm run export` into the configured graph
 * (GRAPH_ENGINE, DATA_DIR, NEO4J_*, PERSON_ID_SECRET: the server's own settings). Refusals, each before anything is
 * written and with its own exit code (portability/refusals.ts): a non-empty graph without --replace (4), a damaged
 * archive (5), an archive made under another identifier key (6), a newer format (7), a graph held by a server (3).
 * Re-running after an interruption completes the restore.
 */
import { ProgressBar } from '../bulk/progress';
import { intOption, parseArgs } from '../cli-args';
import { loadConfig } from '../config/app-config';
import { PortabilityRepository } from '../graph/repositories/portability.repository';
import { readIdentifierKey } from '../portability/identifier-key';
import { openForPortability } from '../portability/open-for-portability';
import { PortabilityRefusal } from '../portability/refusals';
import { restoreArchive } from '../portability/restore';
import { exitOnFailure } from './cli-common';

async function main(): Promise<void> {
  const { options, positional } = parseArgs(process.argv.slice(2));
  if (positional.length !== 1)
    throw new PortabilityRefusal('usage', 'usage: npm run restore -- FILE [--replace] [--batch lines] [--progress]');
  const config = loadConfig();
  const started = Date.now();
  // On a terminal a progress bar; `--progress` prints its lines to a log (or a test watching the restore) too.
  const bar = process.stderr.isTTY || options.has('progress') ? new ProgressBar('restore') : null;
  const store = await openForPortability(config, 'restore');
  try {
    const summary = await restoreArchive(store, new PortabilityRepository(), positional[0], {
      replace: options.get('replace') === 'true',
      identifierKey: readIdentifierKey(config),
      progress: (done, total) => bar?.update(done, total, done),
      batchLines: options.has('batch') ? intOption(options, 'batch', 20_000) || undefined : undefined,
    });
    bar?.done();
    console.log(
      JSON.stringify({
        file: positional[0],
        engine: store.engine,
        lines: summary.manifest.contentLines,
        resumed: summary.resumed,
        seconds: (Date.now() - started) / 1000,
      }),
    );
  } finally {
    await store.close();
  }
}

main().catch(exitOnFailure('Restore'));
