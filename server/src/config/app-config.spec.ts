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
