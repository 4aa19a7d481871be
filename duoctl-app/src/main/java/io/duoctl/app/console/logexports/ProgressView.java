package io.duoctl.app.console.logexports;

import java.util.List;

/**
 * A page of an export's progress table, worst first, which polls itself.
 *
 * @param offset the first row shown (0-based)
 * @param total how many rows the export has
 */
public record ProgressView(
    String export, List<ProgressRow> rows, int offset, int total, int pageSize) {
  public ProgressView {
    rows = List.copyOf(rows);
  }

  /** This page's address, which the table polls. */
  public String url() {
    return url(offset);
  }

  /** The earlier page, or null on the first. */
  public String previous() {
    return offset == 0 ? null : url(Math.max(0, offset - pageSize));
  }

  /** The next page, or null on the last. */
  public String next() {
    return offset + rows.size() >= total ? null : url(offset + pageSize);
  }

  /** E.g. "1–50 of 3,000". */
  public String range() {
    return rows.isEmpty()
        ? "0 of " + String.format("%,d", total)
        : String.format("%,d–%,d of %,d", offset + 1, offset + rows.size(), total);
  }

  private String url(int from) {
    return LogExportsController.PATH + "/" + export + "/progress?offset=" + from;
  }
}
