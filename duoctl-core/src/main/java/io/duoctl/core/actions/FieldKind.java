package io.duoctl.core.actions;

/** How an input field is read from what a user typed, before schema validation. */
public enum FieldKind {
  /** Text; a JSON number is taken as its digits (IDs are strings). */
  STRING,
  /** A whole number: 3, 3.0 or "3". */
  INTEGER,
  /** true/false, "true"/"false", "yes"/"no", 1/0. */
  BOOLEAN,
  /** A phone number in E.164 from any country, spaces, dashes, dots and parentheses allowed. */
  PHONE_NUMBER,
  /** An email address, trimmed; checked like a phone number, so a typo is refused with the fix. */
  EMAIL,
  /**
   * An instant: ISO-8601 ({@code 2026-03-01T10:00:00Z}, {@code 2026-03-01}) or an age ({@code
   * 24h}).
   */
  TIME,
  /** A list of strings; a single string with commas is split. */
  STRING_LIST,
  /** An object whose values are strings (numbers and booleans are taken as text). */
  STRING_MAP
}
