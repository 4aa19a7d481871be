package io.duoctl.core.testing;

import io.duoctl.core.db.Database;
import io.duoctl.core.db.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

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
      EmbeddedPostgres pg = SharedPostgres.get();
      String name = "duoctl_test_" + SharedPostgres.COUNTER.incrementAndGet();
      try (Connection c = pg.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create test database " + name, e);
      }
      return Database.open(
          DatabaseConfig.jdbc(pg.getJdbcUrl("postgres", name), "postgres", "postgres"));
    }
  };

  /** A fresh, migrated, empty database. */
  public abstract Database open(Path tempDir);

  /** One embedded PostgreSQL 14 per test JVM, stopped at exit by its own shutdown hook. */
  private static final class SharedPostgres {
    static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres instance;
    private static String failure;

    static synchronized EmbeddedPostgres get() {
      if (instance == null && failure == null) {
        try {
          instance = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
          failure = e.toString();
        }
      }
      Assumptions.assumeTrue(
          instance != null,
          () -> "PostgreSQL tests skipped: embedded PostgreSQL could not start here: " + failure);
      return instance;
    }
  }
}
