package io.duoctl.core.reports;

/** What a report column holds, so that every output can type its cells. */
public enum ColumnType {
  /** A string. */
  TEXT,
  /** A whole number ({@link Long}). */
  INTEGER,
  /** A share from 0 to 100 ({@link Double}, one decimal). */
  PERCENT,
  /** A point in time ({@link java.time.Instant}), written in UTC. */
  INSTANT,
  /** A calendar day ({@link java.time.LocalDate}). */
  DATE,
  /** True or false ({@link Boolean}). */
  BOOLEAN
}
