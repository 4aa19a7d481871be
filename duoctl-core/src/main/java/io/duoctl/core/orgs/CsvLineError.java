package io.duoctl.core.orgs;

/** A rejected CSV line: its 1-based line number, the column at fault, and the fix. */
public record CsvLineError(int line, String field, String message) {
  @Override
  public String toString() {
    return "line " + line + ", " + field + ": " + message;
  }
}
