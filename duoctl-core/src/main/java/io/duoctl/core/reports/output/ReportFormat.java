package io.duoctl.core.reports.output;

import io.duoctl.core.vocabulary.WireNames;

/** The formats a report run is written in, with their media types. */
public enum ReportFormat {
  TABLE("text/plain; charset=utf-8"),
  CSV("text/csv; charset=utf-8"),
  JSON("application/json"),
  JSONL("application/x-ndjson"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String contentType;

  ReportFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /** Whether the format is text a terminal can show. */
  public boolean text() {
    return this != XLSX;
  }

  /**
   * The format named {@code text} (any case).
   *
   * @throws io.duoctl.core.vocabulary.InvalidValueException naming {@code field} and every format
   */
  public static ReportFormat parse(String text, String field) {
    return WireNames.parse(ReportFormat.class, text, field);
  }

  /** The format whose media type {@code accept} names first, or null when none does. */
  public static ReportFormat forAccept(String accept) {
    if (accept == null) {
      return null;
    }
    for (String range : accept.split(",")) {
      String type = range.split(";")[0].strip();
      for (ReportFormat format : values()) {
        if (format.contentType.split(";")[0].equals(type)) {
          return format;
        }
      }
    }
    return null;
  }
}
