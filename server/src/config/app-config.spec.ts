import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts on the embedded engine with the engine’s own page cache when nothing is set', () => {
    const config = loadConfig({});
    expect(config.engine).toBe('embedded');
    expect(config.port).toBe(4000);
    expect(config.embeddedBufferPoolMb).toBeNull();
  });

  it('caps the embedded page cache in MiB', () => {
    expect(loadConfig({ EMBEDDED_BUFFER_POOL_MB: '1024' }).embeddedBufferPoolMb).toBe(1024);
    expect(loadConfig({ EMBEDDED_BUFFER_POOL_MB: '' }).embeddedBufferPoolMb).toBeNull();
  });

  it.each([
    [{ EMBEDDED_BUFFER_POOL_MB: '1.5' }, 'EMBEDDED_BUFFER_POOL_MB'],
    [{ EMBEDDED_BUFFER_POOL_MB: '32' }, 'EMBEDDED_BUFFER_POOL_MB'],
    [{ EMBEDDED_BUFFER_POOL_MB: '1g' }, 'EMBEDDED_BUFFER_POOL_MB'],
    [{ PORT: '70000' }, 'PORT'],
    [{ GRAPH_ENGINE: 'neo4j' }, 'NEO4J_URI'],
    [{ GRAPH_ENGINE: 'neo4j', NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ PERSON_ID_SECRET: 'short' }, 'PERSON_ID_SECRET'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(`Invalid configuration: ${variable}`);
  });
});

describe('loadConfig: scheduled backups', () => {
  it('has none unless BACKUP_DIR and BACKUP_EVERY are set, and keeps 7 by default', () => {
    expect(loadConfig({}).backup).toBeNull();
    expect(loadConfig({ BACKUP_DIR: '/tmp/b', BACKUP_EVERY: '24h' }).backup).toEqual({ dir: '/tmp/b', everyMs: 86_400_000, keep: 7 });
    expect(loadConfig({ BACKUP_DIR: '/tmp/b', BACKUP_EVERY: '30m', BACKUP_KEEP: '3' }).backup).toEqual({
      dir: '/tmp/b',
      everyMs: 1_800_000,
      keep: 3,
    });
  });

  it.each([
    [{ BACKUP_EVERY: '24h' }, 'BACKUP_DIR'],
    [{ BACKUP_DIR: '/tmp/b' }, 'BACKUP_EVERY'],
    [{ BACKUP_DIR: '/tmp/b', BACKUP_EVERY: 'daily' }, 'BACKUP_EVERY'],
    [{ BACKUP_DIR: '/tmp/b', BACKUP_EVERY: '0h' }, 'BACKUP_EVERY'],
    [{ BACKUP_DIR: '/tmp/b', BACKUP_EVERY: '1h', BACKUP_KEEP: '0' }, 'BACKUP_KEEP'],
    [{ BACKUP_KEEP: '3' }, 'BACKUP_KEEP'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(`Invalid configuration: ${variable}`);
  });
});
