package io.duoctl.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.duoctl.core.results.ResultCsv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of text under named columns, printed as an aligned table, JSON (an array of objects keyed by
 * column), JSON lines (one object a line) or CSV with a header. Cells hold only what may be shown
 * (secrets masked before).
 */
final class Table {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper LINE = new ObjectMapper();

  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... columns) {
    this.columns = List.of(columns);
  }

  /** Adds a row; null cells print as empty. */
  Table row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row needs " + columns.size() + " cells, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render(AppOptions.Format format) {
    return switch (format) {
      case table -> aligned();
      case json -> json();
      case jsonl -> jsonLines();
      case csv -> csv();
      case xlsx -> throw AppOptions.xlsxRefused();
    };
  }

  private String aligned() {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, columns.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList(), widths);
    rows.forEach(row -> line(text, row, widths));
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(cells.get(i));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
      }
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  private List<Map<String, String>> objects() {
    List<Map<String, String>> objects = new ArrayList<>();
    for (List<String> row : rows) {
      Map<String, String> object = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        object.put(columns.get(i), row.get(i));
      }
      objects.add(object);
    }
    return objects;
  }

  private String json() {
    try {
      return JSON.writeValueAsString(objects()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private String jsonLines() {
    StringBuilder text = new StringBuilder();
    for (Map<String, String> object : objects()) {
      try {
        text.append(LINE.writeValueAsString(object)).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }
    return text.toString();
  }

  private String csv() {
    return ResultCsv.write(columns, rows);
  }
}
