package io.duoctl.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The started database: a pooled {@link DataSource}, migrated to the latest schema, and the {@link
 * Jdbi} every store uses. Close it to release the pool. Thread-safe.
 */
public final class Database implements AutoCloseable {
  private static final String MIGRATIONS = "classpath:db/migration";

  /** The version of the newest migration in {@code db/migration} (a test holds it to the files). */
  static final String LATEST_MIGRATION = "596";

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens the pool and applies pending migrations. A schema whose history already holds the newest
   * migration is left alone without starting Flyway, so a CLI command on a current database does no
   * migration work.
   *
   * @throws DatabaseUnavailableException if the database cannot be reached or migrated
   */
  public static Database open(DatabaseConfig config) {
    if (config.isEmbedded()) {
      OwnerOnlyFilePath.register();
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(hikari(config));
    } catch (RuntimeException e) {
      throw new DatabaseUnavailableException(
          "cannot connect to " + config.jdbcUrl() + ": " + rootMessage(e), e);
    }
    try {
      if (isCurrent(dataSource)) {
        return new Database(dataSource);
      }
      Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    } catch (FlywayException e) {
      dataSource.close();
      throw new DatabaseUnavailableException(
          "cannot migrate the database at " + config.jdbcUrl() + ": " + rootMessage(e), e);
    }
    return new Database(dataSource);
  }

  private static boolean isCurrent(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT 1 FROM \"flyway_schema_history\" WHERE \"version\" = ? AND \"success\"")) {
      query.setString(1, LATEST_MIGRATION);
      try (ResultSet applied = query.executeQuery()) {
        return applied.next();
      }
    } catch (SQLException noHistoryYet) {
      return false;
    }
  }

  private static HikariConfig hikari(DatabaseConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setMinimumIdle(1);
    hikari.setPoolName("duoctl");
    return hikari;
  }

  @SuppressWarnings("ReferenceEquality") // a cause that is the exception itself ends the chain
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  /** The Jdbi all stores share. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Whether the database answers a trivial query.
   *
   * @throws RuntimeException when it cannot be reached (callers such as {@code /health} turn that
   *     into "down")
   */
  public boolean answers() {
    return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
  }

  /**
   * Whether the schema holds {@link #latestMigration()}: {@link #open} migrates to it, but another
   * process may have changed the database since. False when the migration history cannot be read.
   */
  public boolean schemaCurrent() {
    return isCurrent(dataSource);
  }

  /** The version of the newest migration this build knows, e.g. {@code 530}. */
  public static String latestMigration() {
    return LATEST_MIGRATION;
  }

  /**
   * Reports the pool's own metrics (connections active, idle and pending; acquire, use and creation
   * times) to {@code tracker}, e.g. HikariCP's Micrometer tracker; once per database.
   *
   * @throws IllegalStateException if the pool reports to a tracker already
   */
  public void reportPoolMetrics(MetricsTrackerFactory tracker) {
    dataSource.setMetricsTrackerFactory(tracker);
  }

  /** The pooled data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
