package io.duoctl.core.testing;

import io.duoctl.core.db.Database;
import io.duoctl.core.db.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** The databases every contract suite runs against. */
public enum Backend {
  H2 {
    @Override
    public Database open(Path tempDir) {
      return Database.open(DatabaseConfig.embedded(tempDir));
    }
  },
  POSTGRES {
    @Override
    public Database open(Path tempDir) {
      return Database.open(DatabaseConfig.jdbc(freshPostgresDatabase(), "postgres", "postgres"));
    }
  };

  /** A fresh, migrated, empty database. */
  public abstract Database open(Path tempDir);

  /**
   * The JDBC URL of a new, empty database (not migrated) on this JVM's embedded PostgreSQL, for
   * user {@code postgres} with password {@code postgres}; skips the test, or fails it in CI, when
   * no PostgreSQL can start here.
   */
  public static String freshPostgresDatabase() {
    EmbeddedPostgres pg = SharedPostgres.get();
    return pg.getJdbcUrl("postgres", SharedPostgres.freshDatabase(pg));
  }

  /**
   * One embedded PostgreSQL (the server major comes from the binaries BOM in the root pom) per test
   * JVM (stopped at exit by its own shutdown hook), with a new database per test. Tests run one
   * after another, so the previous test's database is dropped when the next is created; a server
   * full of databases stalls the JVM's exit.
   */
  private static final class SharedPostgres {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres instance;
    private static String failure;
    private static String previous;

    static synchronized EmbeddedPostgres get() {
      if (instance == null && failure == null) {
        try {
          instance =
              EmbeddedPostgres.builder()
                  .setServerConfig("fsync", "off")
                  .setServerConfig("synchronous_commit", "off")
                  .setServerConfig("full_page_writes", "off")
                  .start();
        } catch (IOException | RuntimeException e) {
          failure = e.toString();
        }
      }
      if (instance == null) {
        MissingPostgres.skipOrFail(failure);
      }
      return instance;
    }

    static synchronized String freshDatabase(EmbeddedPostgres pg) {
      String name = "duoctl_test_" + COUNTER.incrementAndGet();
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement statement = c.createStatement()) {
        if (previous != null) {
          statement.execute("DROP DATABASE IF EXISTS " + previous + " WITH (FORCE)");
        }
        statement.execute("CREATE DATABASE " + name);
        previous = name;
        return name;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create test database " + name, e);
      }
    }
  }
}
