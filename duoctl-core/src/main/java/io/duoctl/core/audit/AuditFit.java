package io.duoctl.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Shortens what an audit entry records so that it fits the audit_event columns, so a change is
 * never refused for the size of its record: long texts keep their start and a marker with their
 * full length, and changes past the room for them are replaced by one entry saying how many were
 * left out.
 */
final class AuditFit {
  /** The sizes of the audit_event columns (V1 migration), in characters. */
  static final int MAX_ACTOR = 200;

  static final int MAX_SUBJECT_ID = 200;
  static final int MAX_ACTION = 64;
  static final int MAX_CHANGES_JSON = 20_000;

  /**
   * The most kept of one value. Even written as JSON with every character escaped (6 characters
   * each), a change of two such values and a field name fits an entry with room to spare.
   */
  static final int MAX_VALUE = 1_000;

  static final int MAX_FIELD = 200;

  private static final String ELLIPSIS = "…";

  /** Room kept for the closing "N more changes not recorded" entry. */
  private static final int MARKER_ROOM = 200;

  private AuditFit() {}

  /** {@code text} if at most {@code max} characters, else its start ending with "…". */
  static String column(String text, int max) {
    return text.length() <= max ? text : start(text, max - ELLIPSIS.length()) + ELLIPSIS;
  }

  /**
   * The changes to record: each value kept to {@link #MAX_VALUE} characters, and as many changes as
   * fit {@link #MAX_CHANGES_JSON} characters of JSON (measured by {@code jsonLength}), the rest
   * counted in a last {@link AuditChange#TRUNCATED_FIELD} change.
   */
  static List<AuditChange> changes(List<AuditChange> changes, ToIntFunction<Object> jsonLength) {
    List<AuditChange> kept = new ArrayList<>();
    int used = 2; // the brackets of the JSON array
    for (AuditChange change : changes) {
      AuditChange shortened =
          new AuditChange(
              value(change.field(), MAX_FIELD),
              value(change.before(), MAX_VALUE),
              value(change.after(), MAX_VALUE));
      int length = jsonLength.applyAsInt(shortened) + 1; // and its comma
      if (used + length > MAX_CHANGES_JSON - MARKER_ROOM) {
        int left = changes.size() - kept.size();
        kept.add(
            new AuditChange(
                AuditChange.TRUNCATED_FIELD,
                null,
                left + " more changes not recorded (entry too long)"));
        return kept;
      }
      kept.add(shortened);
      used += length;
    }
    return kept;
  }

  private static String value(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return start(text, max) + ELLIPSIS + " [truncated, " + text.length() + " characters in all]";
  }

  /** The first {@code length} characters, one fewer when that would split a surrogate pair. */
  private static String start(String text, int length) {
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }
}
