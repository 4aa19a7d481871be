package io.duoctl.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens the pool and applies pending migrations.
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
      Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    } catch (FlywayException e) {
      dataSource.close();
      throw new DatabaseUnavailableException(
          "cannot migrate the database at " + config.jdbcUrl() + ": " + rootMessage(e), e);
    }
    return new Database(dataSource);
  }

  private static HikariConfig hikari(DatabaseConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.maxPoolSize());
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

  /** The pooled data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
