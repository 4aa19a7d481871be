package io.duoctl.core.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns, independent of the JVM's time zone
 * and identical on H2 and PostgreSQL. Values are kept to the millisecond.
 */
public final class SqlTimes {
  private SqlTimes() {}

  /** A bindable argument for {@code instant} (null binds SQL NULL). */
  public static Argument toDb(Instant instant) {
    if (instant == null) {
      return (position, statement, ctx) ->
          statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
    }
    OffsetDateTime utc = truncate(instant).atOffset(ZoneOffset.UTC);
    return (position, statement, ctx) ->
        statement.setObject(position, utc, Types.TIMESTAMP_WITH_TIMEZONE);
  }

  /** The instant in {@code column}, or null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** {@code instant} at the precision the database keeps. */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
