package io.duoctl.core.db;

import java.sql.SQLException;

/**
 * Recognizes a broken unique constraint (SQLSTATE 23505 on H2 and PostgreSQL), so a name taken by a
 * concurrent request on another node gets the same clear error as one taken earlier.
 */
public final class UniqueViolation {
  private static final String SQL_STATE = "23505";

  private UniqueViolation() {}

  /** Whether {@code e} or one of its causes is a broken unique constraint. */
  @SuppressWarnings("ReferenceEquality") // a cause that is the exception itself ends the chain
  public static boolean causedBy(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
