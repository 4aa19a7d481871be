package io.duoctl.core.orgs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (without a schema, so each row arrives as an array of strings) into rows of cells, each
 * with the line it starts on; quoted values may span lines.
 */
final class CsvRows {
  record Row(int line, List<String> cells) {}

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .enable(CsvParser.Feature.TRIM_SPACES)
          .build();

  private CsvRows() {}

  /**
   * Every non-empty row.
   *
   * @throws CsvImportException if the text is not valid CSV (e.g. an unclosed quote)
   */
  static List<Row> read(Reader reader) {
    List<Row> rows = new ArrayList<>();
    try (JsonParser parser = MAPPER.createParser(reader)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.VALUE_STRING) {
          int line = parser.currentTokenLocation().getLineNr();
          List<String> cells = new ArrayList<>();
          do {
            cells.add(parser.getText());
          } while (parser.nextToken() == JsonToken.VALUE_STRING);
          rows.add(new Row(line, cells));
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? rows.size() + 1 : e.getLocation().getLineNr();
      throw new CsvImportException(
          List.of(new CsvLineError(line, "csv", "is not valid CSV: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CSV input", e);
    }
    return rows;
  }
}
