import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const WEB_DIR = join(__dirname, '..', '..');
// The CLI itself, in a child process: it loads web/codegen.ts and ES modules that Jest's CommonJS runtime cannot.
const CODEGEN_BIN = join(WEB_DIR, '..', 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');

describe('web/src/api/generated', () => {
  it('is what `npm run codegen` makes of server/schema.gql and the operations in web/src', () => {
    const run = spawnSync(process.execPath, [CODEGEN_BIN, '--config', 'codegen.ts', '--check'], { cwd: WEB_DIR, encoding: 'utf8' });
    // Stale files are listed here: run `npm run codegen` and commit the result.
    expect({ status: run.status, output: `${run.stdout}${run.stderr}`.trim() }).toEqual({
      status: 0,
      output: expect.any(String) as unknown,
    });
  });
});
