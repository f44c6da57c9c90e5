import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { announceAdminToken } from '../../server/src/auth/admin-token';
import { removeDir, tempDir } from '../support/engines';

const root = join(__dirname, '..', '..');
const main = join(root, 'server', 'dist', 'main.js');
const cli = join(root, 'server', 'dist', 'cli', 'admin-token-cli.js');

/** `npm start`'s process (server/dist/main.js) with its output piped, as under a service manager: not a terminal. */
function startMain(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', SEED: 'none', GRAPH_ENGINE: 'embedded' };
  delete env.ADMIN_TOKEN;
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url && /A new admin token was generated/.test(output)) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

const me = async (url: string, token: string) =>
  (await (
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    })
  ).json()) as { data?: { me: { name: string } } };

describe('[embedded] the generated admin token: shown only on a terminal, else a 0600 file; rotation (issue 14.3)', () => {
  const dataDir = tempDir('dm-admin-');
  afterAll(() => removeDir(dataDir));

  it('prints the token and sign-in link only to a terminal', () => {
    const lines: string[] = [];
    announceAdminToken('tty-secret-token', dataDir, 'http://127.0.0.1:4000', (l) => lines.push(l), true);
    expect(lines.join('\n')).toContain('tty-secret-token');
    expect(lines.join('\n')).toContain('http://127.0.0.1:4000/?token=tty-secret-token');
  });

  it('writes it to a 0600 file in DATA_DIR without a terminal, prints only the path, and rotates it', async () => {
    const server = await startMain(dataDir);
    try {
      const file = join(dataDir, 'admin-token.txt');
      const token = readFileSync(file, 'utf8').trim();
      expect(token.length).toBeGreaterThan(20);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(server.output()).toContain(file);
      expect(server.output()).not.toContain(token);
      expect((await me(server.url, token)).data?.me.name).toBe('admin');

      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
      delete env.ADMIN_TOKEN;
      const rotated = spawnSync(process.execPath, [cli, 'rotate'], { env, encoding: 'utf8' });
      expect(rotated.status).toBe(0);
      const fresh = readFileSync(file, 'utf8').trim();
      expect(fresh).not.toBe(token);
      expect(rotated.stdout).toContain(file);
      expect(rotated.stdout).not.toContain(fresh);
      // The running server notices within a few seconds: the old token fails, the new one works.
      await new Promise((r) => setTimeout(r, 2_500));
      expect((await me(server.url, fresh)).data?.me.name).toBe('admin');
      expect((await me(server.url, token)).data?.me).toBeFalsy();
    } finally {
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGTERM');
      await exited;
    }
  });
});
