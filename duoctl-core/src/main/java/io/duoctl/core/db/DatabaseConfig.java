package io.duoctl.core.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is: an H2 file database in a data directory (the embedded default), or any
 * JDBC URL (PostgreSQL for several nodes).
 *
 * @param jdbcUrl the JDBC URL; derived from {@code dataDir} for the embedded database
 * @param dataDir the data directory (database, key file); null for a remote database
 * @param user the database user, may be null
 * @param password the database password, may be null; never shown by {@link #toString()}
 * @param maxPoolSize the connection pool size
 */
public record DatabaseConfig(
    String jdbcUrl, Path dataDir, String user, String password, int maxPoolSize) {
  /** The data directory name under the user's home when none is given. */
  public static final String DEFAULT_DATA_DIR_NAME = ".duoctl";

  /** The H2 database file name (without H2's {@code .mv.db} suffix) in the data directory. */
  public static final String H2_FILE_NAME = "duoctl";

  private static final int DEFAULT_POOL_SIZE = 5;

  public DatabaseConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "jdbcUrl must start with jdbc: (e.g. jdbc:postgresql://db:5432/duoctl)");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be at least 1, was " + maxPoolSize);
    }
  }

  /**
   * The embedded H2 file database in {@code dataDir}. Every file H2 writes there is its owner's
   * only ({@link OwnerOnlyFilePath}). A transaction waits up to 30 seconds for a row another holds
   * (H2's default is 2), as PostgreSQL waits, so serialized writes such as parallel imports from
   * Duo queue up instead of failing. A commit is written to the file before it returns ({@code
   * WRITE_DELAY=0}; H2's default holds commits up to half a second, which a killed process loses),
   * so what was committed survives a crash, as on PostgreSQL.
   */
  public static DatabaseConfig embedded(Path dataDir) {
    Path base = dataDir.toAbsolutePath().resolve(H2_FILE_NAME);
    return new DatabaseConfig(
        "jdbc:h2:file:"
            + OwnerOnlyFilePath.SCHEME
            + ":"
            + base
            + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=30000;WRITE_DELAY=0",
        dataDir,
        "duoctl",
        "",
        5);
  }

  /** {@code ~/.duoctl} for the given home directory. */
  public static Path defaultDataDir(Path userHome) {
    return userHome.resolve(DEFAULT_DATA_DIR_NAME);
  }

  /** A database reached by URL, such as PostgreSQL shared by several nodes. */
  public static DatabaseConfig jdbc(String jdbcUrl, String user, String password) {
    return new DatabaseConfig(jdbcUrl, null, user, password, DEFAULT_POOL_SIZE);
  }

  /** Whether this is an embedded H2 database. */
  public boolean isEmbedded() {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  @Override
  public String toString() {
    return "DatabaseConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****]";
  }
}
