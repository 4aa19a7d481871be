package io.duoctl.core.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.duoctl.core.jobs.JobRow;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one CSV writer of duoctl (RFC 4180, a header line, {@code \n} line ends, a cell quoted only
 * when it must be), and results as CSV: one line per {@linkplain ResultItems item}, flattened by
 * {@link FlatItem}, under {@link ResultItems#LEADING_COLUMNS} and then every item column in the
 * order first met. The same rows give the same bytes on every surface. Stateless.
 */
public final class ResultCsv {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private ResultCsv() {}

  /** The outcomes' items as CSV. */
  public static String of(List<OrganizationOutcome> outcomes) {
    List<Map<String, String>> rows =
        outcomes.stream().flatMap(o -> ResultItems.of(o).stream()).map(FlatItem::of).toList();
    Set<String> columns = new LinkedHashSet<>(ResultItems.LEADING_COLUMNS);
    rows.forEach(row -> columns.addAll(row.keySet()));
    return write(
        List.copyOf(columns),
        rows.stream()
            .map(row -> columns.stream().map(c -> row.getOrDefault(c, "")).toList())
            .toList());
  }

  /** A job's stored rows as CSV: what the REST API, the console and {@code jobs rows} export. */
  public static String ofJobRows(List<JobRow> rows) {
    return of(rows.stream().map(OrganizationOutcome::of).toList());
  }

  /**
   * Rows of cells under a header.
   *
   * @throws IllegalArgumentException when a row has not one cell per column
   */
  public static String write(List<String> columns, List<List<String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row needs " + columns.size() + " cells, got " + row.size());
      }
    }
    try {
      return CSV.writer(schema.build()).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
  }
}
