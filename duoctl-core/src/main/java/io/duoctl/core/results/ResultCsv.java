package io.duoctl.core.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.duoctl.core.jobs.JobRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
    Columns columns = new Columns();
    outcomes.forEach(columns::add);
    StringWriter text = new StringWriter();
    try (Lines lines = Lines.open(text, columns.list())) {
      outcomes.forEach(lines::write);
    }
    return text.toString();
  }

  /** A job's stored rows as CSV: what the REST API, the console and {@code jobs rows} export. */
  public static String ofJobRows(List<JobRow> rows) {
    return of(rows.stream().map(OrganizationOutcome::of).toList());
  }

  /**
   * The columns of outcomes' items, gathered one outcome at a time: {@link
   * ResultItems#LEADING_COLUMNS}, then every item column in the order first met. Not thread-safe.
   */
  public static final class Columns {
    private final Set<String> columns = new LinkedHashSet<>(ResultItems.LEADING_COLUMNS);

    /** Adds the columns of the outcome's items. */
    public void add(OrganizationOutcome outcome) {
      ResultItems.of(outcome).forEach(item -> columns.addAll(FlatItem.of(item).keySet()));
    }

    public List<String> list() {
      return List.copyOf(columns);
    }
  }

  /**
   * Items written as CSV lines as they come, under a header line with the columns given: {@link
   * #of} in pieces, so that a stream of outcomes never has to be held. A cell of a column not given
   * is left out. Not thread-safe; close it to flush ({@code out} stays open).
   */
  public static final class Lines implements AutoCloseable {
    private final List<String> columns;
    private final SequenceWriter writer;

    private Lines(List<String> columns, SequenceWriter writer) {
      this.columns = columns;
      this.writer = writer;
    }

    /** Writes the header line to {@code out} and returns where the lines go. */
    public static Lines open(Writer out, List<String> columns) {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      columns.forEach(schema::addColumn);
      try {
        SequenceWriter writer =
            CSV.writer(schema.build())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out);
        writer.flush();
        return new Lines(List.copyOf(columns), writer);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write CSV", e);
      }
    }

    /** Writes one line per item of the outcome. */
    public void write(OrganizationOutcome outcome) {
      for (ObjectNode item : ResultItems.of(outcome)) {
        Map<String, String> cells = FlatItem.of(item);
        line(columns.stream().map(c -> cells.getOrDefault(c, "")).toList());
      }
    }

    /** Writes one line of cells, one per column. */
    public void line(List<String> cells) {
      try {
        writer.write(cells);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write CSV", e);
      }
    }

    /** Sends what was written on. */
    public void flush() {
      try {
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write CSV", e);
      }
    }

    @Override
    public void close() {
      try {
        writer.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write CSV", e);
      }
    }
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
