package fr.numerique.graph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Starts a Neo4j 5.26 Community DBMS in this JVM, from the Maven Central artifacts.
 *
 * <p>Protocol with the Node.js parent (src/neo4j-local): one line {@code NEO4J_READY bolt=... http=...}
 * on stdout once Bolt accepts connections and the password is set; one line {@code NEO4J_ERROR code=... message}
 * and a non-zero exit code when it cannot start. With {@code --exit-on-stdin-eof} the DBMS stops when the
 * parent's pipe closes, so that a killed parent never leaves an orphan JVM behind.
 */
public final class LocalNeo4j {
  private static final int EXIT_USAGE = 64;
  private static final int EXIT_PORT_IN_USE = 65;
  private static final int EXIT_LOCKED = 66;
  private static final int EXIT_START_FAILED = 67;

  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(EXIT_USAGE, "usage", e.getMessage());
      return;
    }
    Files.createDirectories(options.home);
    FileLock lock = lockHome(options.home);
    checkPortFree("bolt", options.boltPort);
    if (options.httpPort > 0) {
      checkPortFree("http", options.httpPort);
    }

    CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (bootstrapper.isRunning()) {
                    bootstrapper.stop();
                  }
                  releaseQuietly(lock);
                  stopped.countDown();
                },
                "local-neo4j-shutdown"));

    int status = bootstrapper.start(options.home, serverSettings(options));
    if (status != 0 || !bootstrapper.isRunning()) {
      fail(EXIT_START_FAILED, "start", "Neo4j did not start (status " + status + "); see "
          + options.home.resolve("logs"));
    }
    setPassword(bootstrapper.getDatabaseManagementService(), options.password);
    System.out.println("NEO4J_READY bolt=bolt://127.0.0.1:" + options.boltPort
        + " http=" + (options.httpPort > 0 ? "http://127.0.0.1:" + options.httpPort : "off"));
    System.out.flush();
    if (options.exitOnStdinEof) {
      watchParent(System.in);
    }
    stopped.await();
  }

  private static Map<String, String> serverSettings(Options o) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("server.directories.data", o.home.resolve("data").toString());
    s.put("server.directories.logs", o.home.resolve("logs").toString());
    s.put("server.directories.run", o.home.resolve("run").toString());
    s.put("server.directories.import", o.home.resolve("import").toString());
    s.put("server.directories.plugins", o.home.resolve("plugins").toString());
    s.put("server.default_listen_address", "127.0.0.1");
    s.put("server.bolt.enabled", "true");
    s.put("server.bolt.listen_address", "127.0.0.1:" + o.boltPort);
    s.put("server.bolt.advertised_address", "127.0.0.1:" + o.boltPort);
    s.put("server.http.enabled", Boolean.toString(o.httpPort > 0));
    if (o.httpPort > 0) {
      s.put("server.http.listen_address", "127.0.0.1:" + o.httpPort);
      s.put("server.http.advertised_address", "127.0.0.1:" + o.httpPort);
    }
    s.put("server.https.enabled", "false");
    s.put("server.memory.pagecache.size", o.pageCache);
    s.put("dbms.usage_report.enabled", "false");
    s.put("dbms.security.auth_enabled", "true");
    s.put("db.transaction.timeout", "120s");
    return s;
  }

  /** Sets the neo4j user's password without a forced change; a no-op if it is already that password. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static FileLock lockHome(Path home) throws IOException {
    Path lockFile = home.resolve("launcher.lock");
    FileChannel channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel();
    FileLock lock = channel.tryLock();
    if (lock == null) {
      String owner = "";
      try {
        owner = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
      } catch (IOException ignored) {
        // the owner's pid is only a hint for the message
      }
      fail(EXIT_LOCKED, "locked", "the data folder " + home + " is locked by another process"
          + (owner.isEmpty() ? "" : " (pid " + owner + ")") + "; stop it or use another NEO4J_LOCAL_DIR");
    }
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap(
        Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
    return lock;
  }

  private static void checkPortFree(String what, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
    } catch (IOException e) {
      fail(EXIT_PORT_IN_USE, "port", "the " + what + " port 127.0.0.1:" + port
          + " is already in use; stop what uses it or choose another port");
    }
  }

  private static void watchParent(InputStream in) {
    Thread watcher = new Thread(() -> {
      byte[] buffer = new byte[256];
      try {
        while (in.read(buffer) >= 0) {
          // the parent writes nothing; we only wait for the pipe to close
        }
      } catch (IOException ignored) {
        // a broken pipe means the parent is gone too
      }
      System.exit(0);
    }, "local-neo4j-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void releaseQuietly(FileLock lock) {
    try {
      lock.release();
      lock.channel().close();
    } catch (IOException ignored) {
      // the process is exiting: the OS releases the lock anyway
    }
  }

  private static void fail(int code, String kind, String message) {
    System.out.println("NEO4J_ERROR code=" + kind + " " + message);
    System.out.flush();
    System.err.println("local-neo4j: " + message);
    System.exit(code);
  }

  /** Command-line options: --home DIR --bolt-port N --http-port N --password P --pagecache SIZE. */
  static final class Options {
    Path home = Path.of(".neo4j");
    int boltPort = 7687;
    int httpPort = 7474;
    String password;
    String pageCache = "256m";
    boolean exitOnStdinEof;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--home" -> o.home = Path.of(value(args, ++i, a)).toAbsolutePath();
          case "--bolt-port" -> o.boltPort = port(value(args, ++i, a), a, false);
          case "--http-port" -> o.httpPort = port(value(args, ++i, a), a, true);
          case "--password" -> o.password = value(args, ++i, a);
          case "--pagecache" -> o.pageCache = value(args, ++i, a);
          case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (o.password == null || o.password.length() < 8) {
        o.password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
      }
      if (o.password.length() < 8) {
        throw new IllegalArgumentException("a password of at least 8 characters is required"
            + " (--password or NEO4J_PASSWORD)");
      }
      return o;
    }

    private static String value(String[] args, int i, String name) {
      if (i >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return args[i];
    }

    private static int port(String v, String name, boolean zeroAllowed) {
      try {
        int p = Integer.parseInt(v);
        if ((p == 0 && zeroAllowed) || (p > 0 && p < 65536)) {
          return p;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      throw new IllegalArgumentException(name + " must be a port number, got " + v);
    }
  }
}
