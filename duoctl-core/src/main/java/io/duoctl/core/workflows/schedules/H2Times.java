package io.duoctl.core.workflows.schedules;

import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * db-scheduler's JDBC on H2, which it does not know: instants go to and from its {@code TIMESTAMP
 * WITH TIME ZONE} columns as offset date-times in UTC, as everything else duoctl stores. Its
 * default passes a {@link java.sql.Timestamp}, which H2 reads in the JVM's time zone, so an instant
 * in the hour a daylight saving change repeats came back an hour early.
 */
final class H2Times extends DefaultJdbcCustomization {
  /** The product name H2's driver reports. */
  static final String PRODUCT = "H2";

  H2Times() {
    super(false);
  }

  @Override
  public String getName() {
    return PRODUCT;
  }

  @Override
  public void setInstant(PreparedStatement statement, int index, Instant value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  @Override
  public Instant getInstant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
