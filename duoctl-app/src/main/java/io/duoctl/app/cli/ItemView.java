package io.duoctl.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Shows what an action returned as items under columns, one row per item with its organization
 * first: the users of every organization, say, as one CSV. A result whose data is an array gives
 * one row per element, an object one row.
 *
 * @param columns field names, a dot for nesting ({@code user.username}); arrays print joined
 */
record ItemView(List<String> columns) {
  private static final List<String> NAMES = List.of("username", "number", "name", "phone_id");

  static ItemView of(String... columns) {
    return new ItemView(List.of(columns));
  }

  /** The items of the successful results. */
  Table table(List<ActionResult> results) {
    List<String> headers = new ArrayList<>();
    headers.add("organization");
    headers.addAll(columns);
    Table table = new Table(headers.toArray(String[]::new));
    for (ActionResult result : results) {
      if (!result.ok() || result.data() == null) {
        continue;
      }
      Iterable<JsonNode> items = result.data().isArray() ? result.data() : List.of(result.data());
      for (JsonNode item : items) {
        List<Object> cells = new ArrayList<>();
        cells.add(result.organization());
        columns.forEach(c -> cells.add(cell(item, c)));
        table.row(cells.toArray());
      }
    }
    return table;
  }

  private static String cell(JsonNode item, String column) {
    JsonNode value = item;
    for (String part : column.split("\\.")) {
      value = value.path(part);
    }
    if (value.isMissingNode() || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      return StreamSupport.stream(value.spliterator(), false)
          .map(ItemView::brief)
          .collect(Collectors.joining(" "));
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String brief(JsonNode element) {
    if (element.isValueNode()) {
      return element.asText();
    }
    return NAMES.stream()
        .filter(element::hasNonNull)
        .findFirst()
        .map(name -> element.get(name).asText())
        .orElse(element.toString());
  }
}
