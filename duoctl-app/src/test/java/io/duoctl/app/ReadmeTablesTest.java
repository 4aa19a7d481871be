package io.duoctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The root README's tables render as Markdown tables: every row has as many cells as its header (a
 * {@code |} inside a cell is escaped {@code \|}), and no row stands outside a table.
 */
class ReadmeTablesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern DELIMITER_ROW =
      Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");
  private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

  @Test
  void everyTableRowHasTheHeadersCellCount_andNoRowIsOutsideATable() throws IOException {
    List<String> lines = Files.readAllLines(README);
    List<String> faults = new ArrayList<>();
    int tables = 0;
    boolean inFence = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        inFence = !inFence;
      } else if (!inFence && isTableStart(lines, i)) {
        tables++;
        int columns = cellCount(line);
        int row = i + 2;
        for (; row < lines.size() && !lines.get(row).isBlank(); row++) {
          int cells = cellCount(lines.get(row));
          if (cells != columns) {
            faults.add("line " + (row + 1) + ": " + cells + " cells, header has " + columns);
          }
        }
        i = row - 1;
      } else if (!inFence && line.startsWith("|")) {
        faults.add("line " + (i + 1) + ": a table row outside any table");
      }
    }

    assertThat(tables).as("tables found in " + README).isGreaterThanOrEqualTo(4);
    assertThat(faults).as("README.md").isEmpty();
  }

  private static boolean isTableStart(List<String> lines, int i) {
    return lines.get(i).contains("|")
        && i + 1 < lines.size()
        && DELIMITER_ROW.matcher(lines.get(i + 1).strip()).matches();
  }

  private static int cellCount(String row) {
    String cells = row.strip();
    if (cells.startsWith("|")) {
      cells = cells.substring(1);
    }
    if (cells.endsWith("|") && !cells.endsWith("\\|")) {
      cells = cells.substring(0, cells.length() - 1);
    }
    return UNESCAPED_PIPE.split(cells, -1).length;
  }
}
