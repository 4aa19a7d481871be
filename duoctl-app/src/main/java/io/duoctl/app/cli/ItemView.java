package io.duoctl.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.results.FlatItem;
import io.duoctl.core.results.OrganizationOutcome;
import io.duoctl.core.results.ResultItems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chosen columns of what an action returned, one row per item with its organization first: the
 * users of every organization, say, as one CSV. Items and their flat cells are core's {@link
 * ResultItems} and {@link FlatItem}; this only picks and names the columns.
 *
 * @param columns flat column names ({@code user.username}), or {@code HEADER=COLUMN} to show a
 *     column under a shorter header ({@code phones=phones.number})
 */
record ItemView(List<String> columns) {

  static ItemView of(String... columns) {
    return new ItemView(List.of(columns));
  }

  /** The items of the successful results. */
  Table table(List<ActionResult> results) {
    List<String> headers = new ArrayList<>();
    headers.add("organization");
    columns.forEach(c -> headers.add(c.contains("=") ? c.substring(0, c.indexOf('=')) : c));
    Table table = new Table(headers.toArray(String[]::new));
    for (ActionResult result : results) {
      if (!result.ok() || result.data() == null) {
        continue;
      }
      for (ObjectNode item : ResultItems.of(OrganizationOutcome.of(result))) {
        Map<String, String> cells = FlatItem.of(item);
        List<Object> row = new ArrayList<>();
        row.add(result.organization());
        columns.forEach(c -> row.add(cells.getOrDefault(c.substring(c.indexOf('=') + 1), "")));
        table.row(row.toArray());
      }
    }
    return table;
  }
}
