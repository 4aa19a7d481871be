package io.duoctl.core.orgs;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of an import CSV: which column each known name is in, every problem reported with
 * its line, and the per-row checks all imports share.
 *
 * @param known the column names accepted, in the order the messages list them
 * @param aliases other spellings of a column (lower case, spaces as _), e.g. {@code externalid}
 * @param required the column every file must have
 * @param rowsName what the data rows are, for "the file has no organizations"
 */
record CsvHeader(
    List<String> known, Map<String, String> aliases, String required, String rowsName) {

  /** The data rows of a CSV and where each known column is in them. */
  record Table(List<CsvRows.Row> rows, Map<String, Integer> columns) {}

  /**
   * Reads {@code csv} and its header.
   *
   * @throws CsvImportException if the text is not CSV or the header is wrong
   */
  Table read(Reader csv) {
    List<CsvRows.Row> rows = CsvRows.read(csv);
    List<CsvLineError> errors = new ArrayList<>();
    Map<String, Integer> columns = columns(rows, errors);
    if (!errors.isEmpty()) {
      throw new CsvImportException(errors);
    }
    return new Table(rows.subList(1, rows.size()), columns);
  }

  /**
   * The column index of each known column of {@code rows}' first row; problems go to {@code
   * errors}, including a file without data rows.
   */
  Map<String, Integer> columns(List<CsvRows.Row> rows, List<CsvLineError> errors) {
    Map<String, Integer> columns = new HashMap<>();
    String example = String.join(",", known);
    if (rows.isEmpty()) {
      errors.add(
          new CsvLineError(1, "header", "the file is empty; start with the line " + example));
      return columns;
    }
    CsvRows.Row header = rows.get(0);
    for (int i = 0; i < header.cells().size(); i++) {
      String column =
          header
              .cells()
              .get(i)
              .replace("\uFEFF", "")
              .strip()
              .toLowerCase(Locale.ROOT)
              .replace(' ', '_');
      column = aliases.getOrDefault(column, column);
      if (!known.contains(column)) {
        errors.add(
            new CsvLineError(
                header.line(),
                "header",
                "unknown column \"" + header.cells().get(i) + "\"; the columns are " + listed()));
      } else if (columns.putIfAbsent(column, i) != null) {
        errors.add(
            new CsvLineError(header.line(), "header", "column " + column + " appears twice"));
      }
    }
    if (!columns.containsKey(required) && errors.isEmpty()) {
      errors.add(
          new CsvLineError(
              header.line(),
              "header",
              "the first line must name the columns, with at least \""
                  + required
                  + "\" (e.g. "
                  + example
                  + ")"));
    }
    if (errors.isEmpty() && rows.size() == 1) {
      errors.add(new CsvLineError(header.line(), "header", "the file has no " + rowsName));
    }
    return columns;
  }

  private String listed() {
    return String.join(", ", known.subList(0, known.size() - 1))
        + " and "
        + known.get(known.size() - 1);
  }

  /** The error of a row with more values than the header has columns, if it has. */
  static Optional<CsvLineError> tooManyValues(CsvRows.Row row, Map<String, Integer> columns) {
    if (row.cells().size() <= columns.size()) {
      return Optional.empty();
    }
    return Optional.of(
        new CsvLineError(
            row.line(),
            "csv",
            "has "
                + row.cells().size()
                + " values but the header names "
                + columns.size()
                + " columns; quote values that contain commas"));
  }

  /** The row's value in {@code column}, or "" when the file has no such column or row cell. */
  static String cell(CsvRows.Row row, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    return index == null || index >= row.cells().size() ? "" : row.cells().get(index);
  }
}
