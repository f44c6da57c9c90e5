package org.disclosuremap.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;

/**
 * Embedded Neo4j Community with the Bolt connector on 127.0.0.1, for local development and tests.
 *
 * <p>Usage: {@code Neo4jLocal [--port N] [--data DIR] [--delete-data-on-exit] [--pagecache-mb N]
 * [--exit-on-stdin-eof]}
 *
 * <ul>
 *   <li>{@code --port N}: Bolt port, default 7687; 0 picks a free port (the real one is printed).
 *   <li>{@code --data DIR}: Neo4j home (databases, transaction logs, debug log). Kept across runs.
 *       Without it a fresh temporary directory is used and deleted at exit.
 *   <li>{@code --delete-data-on-exit}: delete the {@code --data} directory at exit (the launcher
 *       uses this for throw-away instances whose directory it created).
 *   <li>{@code --pagecache-mb N}: page cache size in MiB, default 128.
 *   <li>{@code --exit-on-stdin-eof}: shut down when standard input closes (the parent died).
 * </ul>
 *
 * <p>When ready, prints exactly one line on stdout: {@code NEO4J_READY bolt://127.0.0.1:<port>}.
 * SIGTERM / SIGINT shut the database down cleanly and exit 0. Failures exit 1 with the cause on
 * stderr.
 */
public final class Neo4jLocal {
  private static final String HOST = "127.0.0.1";

  private static final Object LOCK = new Object();
  private static DatabaseManagementService dbms;
  private static Path tempHome;
  private static boolean stopped;

  private Neo4jLocal() {}

  public static void main(String[] args) {
    // Keep stdout for the protocol line only; everything else goes to stderr.
    PrintStream protocolOut = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(System.err);

    int port = 7687;
    Path home = null;
    long pageCacheMb = 128;
    boolean exitOnStdinEof = false;
    boolean deleteDataOnExit = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(need(args, ++i, "--port"));
          case "--data" -> home = Paths.get(need(args, ++i, "--data")).toAbsolutePath();
          case "--pagecache-mb" -> pageCacheMb = Long.parseLong(need(args, ++i, "--pagecache-mb"));
          case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
          case "--delete-data-on-exit" -> deleteDataOnExit = true;
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (deleteDataOnExit && home == null) {
        throw new IllegalArgumentException("--delete-data-on-exit needs --data");
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0..65535, got " + port);
      }
    } catch (RuntimeException e) {
      System.err.println("Neo4jLocal: " + e.getMessage());
      System.err.println(
          "usage: Neo4jLocal [--port N] [--data DIR] [--delete-data-on-exit] [--pagecache-mb N]"
              + " [--exit-on-stdin-eof]");
      System.exit(2);
      return;
    }

    CountDownLatch forever = new CountDownLatch(1);
    installSignalHandlers();
    Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLocal::stop, "neo4j-local-shutdown"));

    int boundPort;
    try {
      if (home == null) {
        home = Files.createTempDirectory("neo4j-local-");
        synchronized (LOCK) {
          tempHome = home;
        }
      } else {
        Files.createDirectories(home);
        if (deleteDataOnExit) {
          synchronized (LOCK) {
            tempHome = home;
          }
        }
      }
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(home)
              .setUserLogProvider(NullLogProvider.getInstance())
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
              // Open transactions are rolled back at shutdown anyway; don't wait 10 s for them.
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1))
              // Netty's graceful shutdown waits a quiet period (default 5 s, twice: Bolt and
              // its event loops) before the database is even stopped; a local/test server
              // need not wait.
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(
                  GraphDatabaseInternalSettings.netty_server_shutdown_timeout,
                  Duration.ofSeconds(5));
      if (port != 0) {
        builder.setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port));
      }
      DatabaseManagementService service = builder.build();
      synchronized (LOCK) {
        dbms = service;
        if (stopped) {
          // A signal arrived while starting: stop() ran before dbms was set.
          stopped = false;
          stop();
          return;
        }
      }
      GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(120_000)) {
        throw new IllegalStateException("default database did not become available in 120 s");
      }
      ConnectorPortRegister ports =
          ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
      HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
      if (bolt == null) {
        throw new IllegalStateException("Bolt connector did not register a local address");
      }
      boundPort = bolt.getPort();
    } catch (Throwable t) {
      System.err.println("Neo4jLocal: failed to start Neo4j on " + HOST + ":" + port);
      t.printStackTrace(System.err);
      stop();
      Runtime.getRuntime().halt(1);
      return;
    }

    protocolOut.println("NEO4J_READY bolt://" + HOST + ":" + boundPort);
    protocolOut.flush();

    if (exitOnStdinEof) {
      Thread watcher = new Thread(Neo4jLocal::watchStdin, "neo4j-local-stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }

    try {
      forever.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String need(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  /** SIGTERM / SIGINT: stop cleanly and exit 0 (the JVM default would exit 143 / 130). */
  @SuppressWarnings("removal")
  private static void installSignalHandlers() {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), s -> stopAndExit(0));
      } catch (Throwable t) {
        // Not available on this platform: the shutdown hook still stops Neo4j.
        System.err.println("Neo4jLocal: cannot handle SIG" + name + ": " + t);
      }
    }
  }

  private static void watchStdin() {
    InputStream in = System.in;
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) >= 0) {
        // Ignore input; we only care about end of stream.
      }
    } catch (IOException ignored) {
      // Treat a broken stdin like a closed one.
    }
    System.err.println("Neo4jLocal: stdin closed (parent gone), shutting down");
    stopAndExit(0);
  }

  private static void stopAndExit(int code) {
    // Run on a non-daemon thread of our own: signal handler threads should return promptly.
    Thread t =
        new Thread(
            () -> {
              stop();
              System.exit(code);
            },
            "neo4j-local-stop");
    t.start();
  }

  /** Idempotent: shuts the DBMS down (flushing to disk) and removes a temporary home. */
  private static void stop() {
    synchronized (LOCK) {
      if (stopped) {
        return;
      }
      stopped = true;
      if (dbms != null) {
        try {
          dbms.shutdown();
        } catch (Throwable t) {
          System.err.println("Neo4jLocal: error during shutdown");
          t.printStackTrace(System.err);
        }
        dbms = null;
      }
      if (tempHome != null) {
        deleteRecursively(tempHome);
        tempHome = null;
      }
    }
  }

  private static void deleteRecursively(Path root) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      System.err.println("Neo4jLocal: could not delete " + root + ": " + e);
    }
  }
}
