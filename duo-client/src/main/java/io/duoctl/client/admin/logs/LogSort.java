package io.duoctl.client.admin.logs;

/** The order of v2 log entries. */
public enum LogSort {
  /** Oldest first ({@code ts:asc}). */
  OLDEST_FIRST("ts:asc"),
  /** Newest first ({@code ts:desc}). */
  NEWEST_FIRST("ts:desc");

  private final String wireValue;

  LogSort(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value Duo expects in the {@code sort} parameter. */
  public String wireValue() {
    return wireValue;
  }
}
