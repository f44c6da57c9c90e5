#!/usr/bin/env node
// @ts-check
/*
 * Local Neo4j Community 5.26 without Docker: embedded from Maven Central jars and
 * run with plain `java -cp` (see README.md in this folder).
 *
 * Library:  const { startNeo4j } = require('./tools/neo4j-local/launcher.cjs');
 *           const neo = await startNeo4j({ port: 0 }); ... await neo.stop();
 * Script:   node tools/neo4j-local/launcher.cjs [--port 7687] [--data DIR] [--heap 768m]
 */
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const TOOL_DIR = __dirname;
const POM = path.join(TOOL_DIR, 'pom.xml');
const SOURCE = path.join(TOOL_DIR, 'src/main/java/org/disclosuremap/neo4jlocal/Neo4jLocal.java');
const MAIN_CLASS = 'org.disclosuremap.neo4jlocal.Neo4jLocal';
const TARGET = path.join(TOOL_DIR, 'target');
const CLASSES = path.join(TARGET, 'classes');
const CLASS_FILE = path.join(CLASSES, 'org/disclosuremap/neo4jlocal/Neo4jLocal.class');
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');
const LOCK_DIR = path.join(TARGET, '.build-lock');
const READY_PREFIX = 'NEO4J_READY ';
const STDERR_TAIL_CHARS = 8000;
const STOP_KILL_AFTER_MS = 20000;
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;
const NEEDS = 'Java 17 and Maven are needed to run the local Neo4j';

/**
 * @typedef {object} StartOptions
 * @property {number} [port] Bolt port on 127.0.0.1; 0 (default) picks a free port.
 * @property {string} [dataDir] Neo4j home to use and keep (reopened by a later start).
 *   Default: a fresh temporary directory, deleted when the server stops.
 * @property {string} [heap] JVM -Xmx value, default '768m'.
 * @property {number} [pagecacheMb] Neo4j page cache in MiB (default: the Java launcher's 128).
 * @property {number} [timeoutMs] How long the JVM may take to report ready (after the
 *   one-off Maven/javac build), default 180000.
 * @property {(line: string) => void} [log] Receives build progress and the server's
 *   stderr/stdout lines. Default: discarded (the stderr tail is still kept for errors).
 */

/**
 * @typedef {object} Neo4jHandle
 * @property {string} uri e.g. 'bolt://127.0.0.1:7687'
 * @property {number} port The real bound Bolt port.
 * @property {number} pid Process id of the Java process.
 * @property {string} dataDir Absolute Neo4j home directory.
 * @property {() => Promise<void>} stop SIGTERM, then SIGKILL after 20 s; resolves once
 *   the process has exited. Idempotent.
 * @property {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} exited
 *   Settles when the Java process exits (expectedly or not).
 */

/** @type {Set<import('node:child_process').ChildProcess>} */
const liveChildren = new Set();
let exitHookInstalled = false;

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    // Synchronous only: ask every still-running server to shut down cleanly. If this
    // process dies without 'exit' (SIGKILL, unhandled signal), the server notices its
    // stdin closing and shuts itself down (--exit-on-stdin-eof).
    for (const child of liveChildren) {
      try {
        child.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
  });
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, timeout?: number }} [opts]
 */
function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, {
    cwd: opts.cwd ?? TOOL_DIR,
    encoding: 'utf8',
    timeout: opts.timeout ?? BUILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
}

function javaCommand() {
  return process.env.NEO4J_LOCAL_JAVA || 'java';
}

function mavenCommand() {
  return process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
}

/** Throws a clear error unless a Java >= 17 runtime is on PATH (or NEO4J_LOCAL_JAVA). */
function checkJava() {
  const java = javaCommand();
  const res = run(java, ['-version'], { timeout: 30000 });
  if (res.error || res.status !== 0) {
    const why = res.error ? res.error.message : `exit ${res.status}: ${res.stderr}`;
    throw new Error(`${NEEDS}: could not run '${java} -version' (${why.trim()})`);
  }
  const out = `${res.stderr}\n${res.stdout}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  if (m) {
    const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
    if (major < 17) {
      throw new Error(`${NEEDS}: '${java}' is Java ${major}. Install Java 17 (or 21).`);
    }
  }
}

function checkMaven() {
  const res = run(mavenCommand(), ['-v'], { timeout: 60000 });
  if (res.error || res.status !== 0) {
    const why = res.error ? res.error.message : `exit ${res.status}: ${res.stdout}${res.stderr}`;
    throw new Error(`${NEEDS}: could not run 'mvn -v' (${why.trim()})`);
  }
}

/** @param {string} file */
function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** @returns {string | null} the dependency classpath if target/classpath.txt is current */
function currentClasspath() {
  const t = mtime(CLASSPATH_FILE);
  if (t < 0 || t < mtime(POM)) return null;
  const cp = fs.readFileSync(CLASSPATH_FILE, 'utf8').trim();
  if (!cp) return null;
  // ~/.m2 may have been cleared while target/ survived.
  for (const jar of cp.split(path.delimiter)) {
    if (!fs.existsSync(jar)) return null;
  }
  return cp;
}

function classesCurrent() {
  const t = mtime(CLASS_FILE);
  return t >= 0 && t >= mtime(SOURCE) && t >= mtime(CLASSPATH_FILE);
}

/** @param {number} pid */
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
  }
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Cross-process lock (mkdir is atomic) so parallel test workers don't build at once.
 * @template T
 * @param {() => T} fn
 * @returns {Promise<T>}
 */
async function withBuildLock(fn) {
  fs.mkdirSync(TARGET, { recursive: true });
  const owner = path.join(LOCK_DIR, 'pid');
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(owner, String(process.pid));
      break;
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EEXIST') throw e;
      let holder = NaN;
      try {
        holder = Number(fs.readFileSync(owner, 'utf8'));
      } catch {
        // lock dir created but pid not written yet, or just removed
      }
      const age = Date.now() - mtime(LOCK_DIR);
      if ((holder && !pidAlive(holder)) || (!holder && age > 30000)) {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for the build lock ${LOCK_DIR}`);
      }
      await sleep(250);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/**
 * Resolves the Neo4j jars (Maven, once) and compiles Neo4jLocal.java (javac, once).
 * @param {(line: string) => void} log
 * @returns {Promise<string>} the full runtime classpath
 */
async function ensureBuilt(log) {
  const quick = currentClasspath();
  if (quick && classesCurrent()) return `${CLASSES}${path.delimiter}${quick}`;

  return withBuildLock(() => {
    let cp = currentClasspath();
    if (!cp) {
      checkMaven();
      log('neo4j-local: resolving Neo4j jars with Maven (first run downloads ~150 MB)...');
      const t0 = Date.now();
      const res = run(mavenCommand(), ['-q', '-B', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`]);
      if (res.error || res.status !== 0) {
        throw new Error(
          `neo4j-local: 'mvn dependency:build-classpath' failed (${res.error?.message ?? `exit ${res.status}`}):\n` +
            tail(`${res.stdout ?? ''}${res.stderr ?? ''}`),
        );
      }
      cp = currentClasspath();
      if (!cp) throw new Error(`neo4j-local: Maven did not write ${CLASSPATH_FILE}`);
      log(`neo4j-local: jars resolved in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    if (!classesCurrent()) {
      fs.mkdirSync(CLASSES, { recursive: true });
      const javac = run('javac', ['-nowarn', '--release', '17', '-encoding', 'UTF-8', '-d', CLASSES, '-cp', cp, SOURCE]);
      if (javac.error && /** @type {NodeJS.ErrnoException} */ (javac.error).code === 'ENOENT') {
        // A JRE without javac: let Maven compile instead.
        checkMaven();
        const res = run(mavenCommand(), ['-q', '-B', 'compile']);
        if (res.error || res.status !== 0) {
          throw new Error(`neo4j-local: 'mvn compile' failed:\n${tail(`${res.stdout}${res.stderr}`)}`);
        }
      } else if (javac.error || javac.status !== 0) {
        throw new Error(
          `neo4j-local: javac failed (${javac.error?.message ?? `exit ${javac.status}`}):\n` +
            tail(`${javac.stdout ?? ''}${javac.stderr ?? ''}`),
        );
      }
      if (!classesCurrent()) throw new Error(`neo4j-local: compiling did not produce ${CLASS_FILE}`);
    }
    return `${CLASSES}${path.delimiter}${cp}`;
  });
}

/** @param {string} text */
function tail(text) {
  return text.length > STDERR_TAIL_CHARS ? `...${text.slice(-STDERR_TAIL_CHARS)}` : text;
}

/**
 * Starts a local Neo4j Community server (Bolt on 127.0.0.1, auth disabled).
 * @param {StartOptions} [options]
 * @returns {Promise<Neo4jHandle>}
 */
async function startNeo4j({ port = 0, dataDir, heap = '768m', pagecacheMb, timeoutMs = 180000, log } = {}) {
  const say = log ?? (() => {});
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`startNeo4j: port must be an integer 0..65535, got ${port}`);
  }
  checkJava();
  const classpath = await ensureBuilt(say);

  const throwAway = dataDir === undefined;
  const home = throwAway ? fs.mkdtempSync(path.join(os.tmpdir(), 'neo4j-local-')) : path.resolve(dataDir);
  if (!throwAway) fs.mkdirSync(home, { recursive: true });

  const args = [
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    classpath,
    MAIN_CLASS,
    '--port',
    String(port),
    '--data',
    home,
    '--exit-on-stdin-eof',
  ];
  if (throwAway) args.push('--delete-data-on-exit');
  if (pagecacheMb !== undefined) args.push('--pagecache-mb', String(pagecacheMb));

  const child = spawn(javaCommand(), args, {
    cwd: TOOL_DIR,
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  installExitHook();
  liveChildren.add(child);

  let stderrTail = '';
  /** @type {{ code: number | null, signal: NodeJS.Signals | null } | null} */
  let exitInfo = null;
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      liveChildren.delete(child);
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
    child.once('error', () => {
      // spawn failure: 'exit' may never come
      liveChildren.delete(child);
      exitInfo = exitInfo ?? { code: null, signal: null };
      resolve(exitInfo);
    });
  });
  // Don't let stdin errors (EPIPE once the child is gone) crash the parent.
  child.stdin?.on('error', () => {});

  /**
   * @param {NodeJS.ReadableStream} stream
   * @param {(line: string) => void} onLine
   */
  const lines = (stream, onLine) => {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buf += chunk;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, nl).replace(/\r$/, ''));
        buf = buf.slice(nl + 1);
      }
    });
    stream.on('end', () => {
      if (buf) onLine(buf);
    });
  };

  /** @type {(uri: string) => void} */
  let onReady = () => {};
  const ready = new Promise((resolve) => {
    onReady = resolve;
  });

  lines(/** @type {NodeJS.ReadableStream} */ (child.stderr), (line) => {
    stderrTail = tail(`${stderrTail}${line}\n`);
    say(line);
  });
  lines(/** @type {NodeJS.ReadableStream} */ (child.stdout), (line) => {
    if (line.startsWith(READY_PREFIX)) onReady(line.slice(READY_PREFIX.length).trim());
    else say(line);
  });

  /** @type {Promise<void> | null} */
  let stopping = null;
  const stop = () => {
    if (!stopping) {
      stopping = (async () => {
        if (exitInfo) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          if (!exitInfo) child.kill('SIGKILL');
        }, STOP_KILL_AFTER_MS);
        try {
          await exited;
        } finally {
          clearTimeout(timer);
        }
        if (throwAway) fs.rmSync(home, { recursive: true, force: true });
      })();
    }
    return stopping;
  };

  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  /** @type {Promise<Error>} */
  const spawnFailed = new Promise((resolve) => {
    child.once('error', (err) => resolve(err));
  });

  const outcome = await Promise.race([
    ready.then((uri) => ({ kind: /** @type {const} */ ('ready'), uri: String(uri) })),
    exited.then((info) => ({ kind: /** @type {const} */ ('exited'), info })),
    spawnFailed.then((err) => ({ kind: /** @type {const} */ ('error'), err })),
    timedOut.then(() => ({ kind: /** @type {const} */ ('timeout') })),
  ]);
  clearTimeout(timer);

  if (outcome.kind === 'ready') {
    const m = /:(\d+)$/.exec(outcome.uri);
    const boundPort = m ? Number(m[1]) : port;
    return {
      uri: outcome.uri,
      port: boundPort,
      pid: /** @type {number} */ (child.pid),
      dataDir: home,
      stop,
      exited,
    };
  }

  /** @type {string} */
  let why;
  if (outcome.kind === 'error') {
    why = `could not run '${javaCommand()}': ${outcome.err.message}`;
  } else if (outcome.kind === 'exited') {
    why = `the Java process exited before it was ready (code ${outcome.info.code}, signal ${outcome.info.signal})`;
  } else {
    why = `not ready within ${timeoutMs} ms`;
    child.kill('SIGKILL');
    await exited;
  }
  if (throwAway) fs.rmSync(home, { recursive: true, force: true });
  throw new Error(`neo4j-local: ${why} (port ${port}, data ${home}).\n--- stderr (tail) ---\n${stderrTail || '(empty)'}`);
}

/** @param {string[]} argv */
function parseCliArgs(argv) {
  /** @type {{ port: number, dataDir?: string, heap: string }} */
  const opts = { port: 7687, heap: '768m' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port':
        opts.port = Number(value());
        break;
      case '--data':
        opts.dataDir = value();
        break;
      case '--heap':
        opts.heap = value();
        break;
      case '-h':
      case '--help':
        process.stdout.write(
          'usage: node tools/neo4j-local/launcher.cjs [--port 7687] [--data DIR] [--heap 768m]\n' +
            '  --port N    Bolt port on 127.0.0.1 (0 = any free port), default 7687\n' +
            '  --data DIR  keep the database in DIR (default: temporary, deleted on stop)\n' +
            '  --heap SIZE JVM -Xmx, default 768m\n',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument: ${arg} (try --help)`);
    }
  }
  return opts;
}

async function main() {
  /** @type {ReturnType<typeof parseCliArgs>} */
  let opts;
  try {
    opts = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`neo4j-local: ${/** @type {Error} */ (e).message}\n`);
    process.exit(2);
  }
  const t0 = Date.now();
  /** @type {Neo4jHandle} */
  let neo;
  try {
    neo = await startNeo4j({ ...opts, log: (line) => process.stderr.write(`${line}\n`) });
  } catch (e) {
    // The server's stderr was already echoed line by line: print only the summary.
    const message = /** @type {Error} */ (e).message.split('\n--- stderr (tail) ---')[0];
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${neo.uri}\n`);
  process.stderr.write(
    `neo4j-local: Neo4j ready in ${((Date.now() - t0) / 1000).toFixed(1)} s ` +
      `(auth disabled, data ${opts.dataDir ? neo.dataDir : 'temporary'}). Ctrl-C to stop.\n`,
  );

  let stopping = false;
  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`neo4j-local: ${signal}, stopping...\n`);
    neo.stop().then(
      () => process.exit(0),
      (e) => {
        process.stderr.write(`neo4j-local: stop failed: ${e}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  const info = await neo.exited;
  if (!stopping) {
    process.stderr.write(`neo4j-local: Neo4j exited unexpectedly (code ${info.code}, signal ${info.signal})\n`);
    process.exit(1);
  }
}

module.exports = { startNeo4j };

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e?.stack ?? e}\n`);
    process.exit(1);
  });
}
