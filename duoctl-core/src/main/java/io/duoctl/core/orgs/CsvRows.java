package io.duoctl.core.orgs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

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
    String text;
    try {
      StringWriter all = new StringWriter();
      reader.transferTo(all);
      text = all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CSV input", e);
    }
    List<Row> rows = new ArrayList<>();
    try (JsonParser parser = MAPPER.createParser(text)) {
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
      throw new CsvImportException(List.of(invalid(text, e, rows.size() + 1)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CSV input", e);
    }
    return rows;
  }

  private static CsvLineError invalid(String text, JsonProcessingException e, int fallbackLine) {
    OptionalInt unclosed = unclosedQuoteLine(text);
    if (unclosed.isPresent()) {
      int line = unclosed.getAsInt();
      return new CsvLineError(
          line,
          "csv",
          "the quoted value that starts on line "
              + line
              + " is never closed; add the closing quote (write \"\" for a quote inside it)");
    }
    int line = e.getLocation() == null ? fallbackLine : e.getLocation().getLineNr();
    return new CsvLineError(line, "csv", "is not valid CSV: " + e.getOriginalMessage());
  }

  /** The line on which a quoted value opens that the text never closes, if any. */
  static OptionalInt unclosedQuoteLine(String text) {
    int line = 1;
    int openedOn = 0;
    boolean quoted = false;
    boolean fieldStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean newline =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (newline) {
        line++;
      }
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        openedOn = line;
        fieldStart = false;
      } else if (c == ',' || newline) {
        fieldStart = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        fieldStart = false;
      }
    }
    return quoted ? OptionalInt.of(openedOn) : OptionalInt.empty();
  }
}
