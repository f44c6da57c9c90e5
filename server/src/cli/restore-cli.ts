/**
 * `npm run restore -- FILE [--replace]`: loads an archive of `npm run export` into the configured graph
 * (GRAPH_ENGINE, DATA_DIR, NEO4J_*, PERSON_ID_SECRET: the server's own settings). Refusals, each before anything is
 * written and with its own exit code (portability/refusals.ts): a non-empty graph without --replace (4), a damaged
 * archive (5), an archive made under another identifier key (6), a newer format (7), a graph held by a server (3).
 * Re-running after an interruption completes the restore.
 */
import { ProgressBar } from '../bulk/progress';
import { loadConfig } from '../config/app-config';
import { PortabilityRepository } from '../graph/repositories/portability.repository';
import { readIdentifierKey } from '../portability/identifier-key';
import { openForPortability } from '../portability/open-for-portability';
import { restoreArchive } from '../portability/restore';
import { cliCommand, wholeNumber } from './cli-args';
import { exitOnFailure } from './cli-common';

interface RestoreOptions {
  replace?: boolean;
  batch?: number;
  progress?: boolean;
}

const program = cliCommand('npm run restore --', 'Loads an archive of `npm run export` into the configured graph.')
  .argument('<file>', 'the archive (.ndjson.gz)')
  .option('--replace', 'replace a graph that is not empty (refused without it, exit 4)')
  .option(
    '--batch <lines>',
    'lines per unit of work (default 50,000 on the embedded engine, 20,000 on Neo4j; 0 for the default)',
    wholeNumber,
  )
  .option('--progress', 'print progress lines even when stderr is not a terminal');

async function main(): Promise<void> {
  const parsed = program.parse();
  const options = parsed.opts<RestoreOptions>();
  const [file] = parsed.args;
  const config = loadConfig();
  const started = Date.now();
  // On a terminal a progress bar; `--progress` prints its lines to a log (or a test watching the restore) too.
  const bar = process.stderr.isTTY || options.progress === true ? new ProgressBar('restore') : null;
  const store = await openForPortability(config, 'restore');
  try {
    const summary = await restoreArchive(store, new PortabilityRepository(), file, {
      replace: options.replace === true,
      identifierKey: readIdentifierKey(config),
      progress: (done, total) => bar?.update(done, total, done),
      batchLines: options.batch || undefined,
    });
    bar?.done();
    console.log(
      JSON.stringify({
        file,
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
