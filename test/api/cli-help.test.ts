import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Every CLI answers `--help` with exit 0 and names each of its options (the flags it always had: moving the CLIs to
 * commander kept them), and refuses a wrong command line with its usage exit code before touching any graph.
 */
const DIST = join(__dirname, '..', '..', 'server', 'dist', 'cli');

interface CliCase {
  script: string;
  flags: string[];
  /** A command line commander refuses, and the exit code it must give. */
  wrong: { args: string[]; exitCode: number };
}

const CLIS: CliCase[] = [
  { script: 'seed-cli.js', flags: ['[file]'], wrong: { args: ['a.json', 'b.json'], exitCode: 2 } },
  { script: 'import-cli.js', flags: ['<files...>', '--rejects', '--batch'], wrong: { args: [], exitCode: 2 } },
  { script: 'synth-cli.js', flags: ['--people', '--transfers', '--seed', '--out'], wrong: { args: ['--people', 'many'], exitCode: 2 } },
  { script: 'report-stl-cli.js', flags: ['--year', '--out', '--page', '--workers'], wrong: { args: ['--year', '-1'], exitCode: 2 } },
  {
    script: 'breach-cli.js',
    flags: ['--recipient', '--system', '--largest-processor', '--from', '--to', '--discovered', '--out'],
    wrong: { args: ['--no-such-option'], exitCode: 2 },
  },
  { script: 'print-schema.js', flags: ['--help'], wrong: { args: ['--out', 'x'], exitCode: 2 } },
  { script: 'admin-token-cli.js', flags: ['rotate'], wrong: { args: [], exitCode: 2 } },
  { script: 'export-cli.js', flags: ['--out', '--server', '--token'], wrong: { args: [], exitCode: 2 } },
  { script: 'restore-cli.js', flags: ['<file>', '--replace', '--batch', '--progress'], wrong: { args: [], exitCode: 2 } },
  // 2 is diff's "changes found": inventory's usage errors exit 1.
  {
    script: 'inventory-cli.js',
    flags: ['pull', 'diff', 'apply', 'import-fides', '--server', '--token', '--out'],
    wrong: { args: ['push', 'x.yaml'], exitCode: 1 },
  },
  {
    script: join('bench', 'bench-cli.js'),
    flags: ['--quick', '--people', '--transfers', '--seed', '--requests', '--engines', '--dir', '--map', '--no-map'],
    wrong: { args: ['--engines', 'sqlite'], exitCode: 2 },
  },
];

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(DIST, script), ...args], {
    // No graph is configured: a CLI that reached its work instead of refusing would fail on its own, not pass.
    env: { ...process.env, DATA_DIR: '/nonexistent/cli-help', GRAPH_ENGINE: 'embedded', NEO4J_URI: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLIs', () => {
  it.each(CLIS)('$script --help exits 0 and names its options', ({ script, flags }) => {
    const { status, stdout } = run(script, ['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run \S+ -- /);
    for (const flag of flags) expect(stdout).toContain(flag);
  });

  it.each(CLIS)('$script refuses a wrong command line with its usage exit code', ({ script, wrong }) => {
    const { status, stderr } = run(script, wrong.args);
    expect(status).toBe(wrong.exitCode);
    expect(stderr).toMatch(/error|Usage/);
  });
});
