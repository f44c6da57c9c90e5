/**
 * `npm run inventory -- pull|diff|apply FILE.yaml [--server URL --token T]` (or DM_SERVER, DM_TOKEN): the inventory as
 * a reviewed YAML document (README "The inventory as code"). pull writes the server's inventory; diff prints what
 * applying the file would change and exits 2 when anything would (a CI check); apply makes the changes in one unit of
 * work through `applyInventory`. `import-fides FIDES.yml [--out FILE.yaml]` converts an Ethyca Fides manifest.
 * Exit codes: 0 done (diff: nothing to change), 1 refused or failed (each error with its path), 2 diff found changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Argument } from 'commander';
import { parse, stringify } from 'yaml';
import { importFidesManifest } from '../inventory-file/fides-import';
import { cliCommand } from './cli-args';
import { exitOnFailure, serverOptions } from './cli-common';
import { PortabilityRefusal } from '../portability/refusals';

const COMMANDS = ['pull', 'diff', 'apply', 'import-fides'] as const;

interface InventoryOptions {
  server?: string;
  token?: string;
  out?: string;
}

// Usage errors exit 1: 2 is diff's "changes found".
const program = cliCommand('npm run inventory --', 'The inventory as a reviewed YAML document.', 1)
  .addArgument(
    new Argument(
      '<command>',
      "pull: write the server's inventory to FILE; diff: print what applying FILE would change (exit 2 when anything would); apply: make those changes; import-fides: convert an Ethyca Fides manifest",
    ).choices(COMMANDS),
  )
  .argument('<file>', 'the YAML document (import-fides: the Fides manifest)')
  .option('--server <url>', 'the server (or DM_SERVER)')
  .option('--token <token>', 'an ADMIN bearer token (or DM_TOKEN)')
  .option('--out <file>', 'import-fides: where to write the converted YAML (default: stdout)');

interface PlanChange {
  section: string;
  id: string;
  action: 'ADD' | 'CHANGE' | 'END';
  path: string;
  fields: string[];
}
interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

const APPLY = `mutation($document: JSON!, $dryRun: Boolean) {
  applyInventory(document: $document, dryRun: $dryRun) { dryRun applied changes { section id action path fields } } }`;

async function gql<T>(server: { url: string; token: string }, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(new URL('/graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as GraphqlAnswer<T>;
  if (answer.errors?.length || !answer.data) {
    for (const e of answer.errors ?? [])
      console.error(`✗ ${e.extensions?.field ?? ''}${e.extensions?.field ? ': ' : ''}${e.message} (${e.extensions?.code ?? 'ERROR'})`);
    throw new PortabilityRefusal('usage', 'the server refused the request; nothing was changed');
  }
  return answer.data;
}

const SYMBOL = { ADD: '+', CHANGE: '~', END: '⏹' } as const satisfies Record<PlanChange['action'], string>;

function printPlan(changes: PlanChange[]): void {
  if (!changes.length) console.log('No changes: the graph already holds this inventory.');
  for (const c of changes) {
    console.log(
      `${SYMBOL[c.action]} ${c.action.padEnd(6)} ${c.section} ${c.id}${c.fields.length ? ` (${c.fields.join(', ')})` : ''}  [${c.path}]`,
    );
  }
}

function readDocument(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new PortabilityRefusal('usage', `${file}: not readable YAML (${(error as Error).message})`);
  }
}

async function main(): Promise<void> {
  const parsed = program.parse();
  const options = parsed.opts<InventoryOptions>();
  const [command, file] = parsed.args;
  if (command === 'import-fides') {
    const result = importFidesManifest(readFileSync(file, 'utf8'));
    const out = options.out;
    const yaml = stringify(result.document, { lineWidth: 0 });
    if (out) writeFileSync(out, yaml);
    else process.stdout.write(yaml);
    for (const note of result.unmapped) console.error(`! not mapped: ${note}`);
    return;
  }
  const server = serverOptions(options);
  if (!server) throw new PortabilityRefusal('usage', `${command} talks to a server: --server URL --token T (or DM_SERVER, DM_TOKEN)`);
  switch (command) {
    case 'pull': {
      const data = await gql<{ inventoryDocument: unknown }>(server, '{ inventoryDocument }');
      writeFileSync(
        file,
        '# Disclosure Map inventory (npm run inventory -- pull). Review changes, then: npm run inventory -- apply\n' +
          stringify(data.inventoryDocument, { lineWidth: 0 }),
      );
      console.log(`Wrote ${file}`);
      return;
    }
    case 'diff':
    case 'apply': {
      const data = await gql<{ applyInventory: { applied: boolean; changes: PlanChange[] } }>(server, APPLY, {
        document: readDocument(file),
        dryRun: command === 'diff',
      });
      printPlan(data.applyInventory.changes);
      if (command === 'diff' && data.applyInventory.changes.length) process.exitCode = 2;
      else if (command === 'apply' && data.applyInventory.applied) console.log(`Applied ${data.applyInventory.changes.length} change(s).`);
      return;
    }
    default:
      throw new PortabilityRefusal('usage', program.helpInformation());
  }
}

main().catch((error: unknown) => {
  // A refused request exits 1 (2 is diff's "changes found"); its errors were printed above.
  if (error instanceof PortabilityRefusal) {
    console.error(error.message);
    process.exit(1);
  }
  exitOnFailure('Inventory')(error);
});
