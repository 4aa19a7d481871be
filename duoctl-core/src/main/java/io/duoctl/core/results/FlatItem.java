package io.duoctl.core.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An item as one flat row of text cells: a nested object's fields become columns named by their
 * path ({@code access_device.location.city}); an array of values is one cell, its values joined
 * with {@code ;}; an array of objects gives a column per field path ({@code phones.number}), each
 * cell the elements' values joined with {@code ;} in element order (an element without the field
 * leaves its place empty); null is an empty cell. No cell holds JSON. Stateless.
 */
public final class FlatItem {

  /** Joins the values of an array in one cell. */
  public static final String SEPARATOR = ";";

  private FlatItem() {}

  /** The item's cells by column, in the item's field order. */
  public static Map<String, String> of(JsonNode item) {
    Map<String, String> cells = new LinkedHashMap<>();
    put(cells, "", item);
    return cells;
  }

  private static void put(Map<String, String> cells, String column, JsonNode value) {
    if (value.isObject()) {
      if (value.isEmpty() && !column.isEmpty()) {
        cells.put(column, "");
      }
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        put(
            cells,
            column.isEmpty() ? field.getKey() : column + "." + field.getKey(),
            field.getValue());
      }
    } else if (value.isArray()) {
      putArray(cells, column, value);
    } else {
      cells.put(column, value.isNull() || value.isMissingNode() ? "" : value.asText());
    }
  }

  private static void putArray(Map<String, String> cells, String column, JsonNode array) {
    List<Map<String, String>> elements = new ArrayList<>();
    Map<String, Boolean> columns = new LinkedHashMap<>();
    columns.put(column, true);
    for (JsonNode element : array) {
      Map<String, String> flat = new LinkedHashMap<>();
      put(flat, column, element);
      flat.keySet().forEach(c -> columns.put(c, true));
      elements.add(flat);
    }
    if (columns.size() > 1 && elements.stream().noneMatch(e -> e.containsKey(column))) {
      columns.remove(column);
    }
    for (String c : columns.keySet()) {
      cells.put(
          c,
          elements.stream().map(e -> e.getOrDefault(c, "")).collect(Collectors.joining(SEPARATOR)));
    }
  }
}
