package io.duoctl.app.console.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.vocabulary.WireNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run's result as the actions page shows it: a table and the JSON of the data with secrets
 * redacted, and the secrets apart, to be shown this once and never kept.
 *
 * @param columns the table's header; empty when the data is no table
 * @param rows the table's cells
 * @param json the data as indented JSON, secrets redacted
 * @param secrets the secret outputs (bypass codes, activation links), only in this response
 */
public record ResultView(
    boolean ok,
    boolean dryRun,
    String action,
    String organization,
    String errorCode,
    String errorMessage,
    Integer duoCode,
    List<String> columns,
    List<List<String>> rows,
    String json,
    List<SecretValue> secrets,
    long millis) {

  private static final int MAX_COLUMNS = 12;

  /** One secret output field. */
  public record SecretValue(String id, String label, String text) {}

  static ResultView of(ActionResult result) {
    ActionError error = result.error();
    List<SecretValue> secrets = new ArrayList<>();
    if (result.hasSecrets()) {
      collect(result.data(), "", Set.copyOf(result.secretFields()), secrets);
    }
    JsonNode safe = result.withoutSecrets().data();
    List<String> columns = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    table(safe, columns, rows);
    return new ResultView(
        result.ok(),
        result.dryRun(),
        result.action(),
        result.organization(),
        error == null ? null : WireNames.of(error.code()),
        error == null ? null : error.message(),
        error == null ? null : error.duoCode(),
        columns,
        rows,
        pretty(safe),
        secrets,
        result.duration().toMillis());
  }

  private static void collect(
      JsonNode node, String path, Set<String> names, List<SecretValue> out) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String here = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (names.contains(e.getKey()) && !e.getValue().isNull()) {
          out.add(new SecretValue("secret-" + out.size(), here, text(e.getValue())));
        } else {
          collect(e.getValue(), here, names, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", names, out);
      }
    }
  }

  private static String text(JsonNode value) {
    if (value.isArray()) {
      List<String> lines = new ArrayList<>();
      value.forEach(v -> lines.add(v.isValueNode() ? v.asText() : v.toString()));
      return String.join("\n", lines);
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static void table(JsonNode data, List<String> columns, List<List<String>> rows) {
    if (data == null || data.isNull()) {
      return;
    }
    if (data.isArray()) {
      Set<String> keys = new LinkedHashSet<>();
      data.forEach(item -> item.fieldNames().forEachRemaining(keys::add));
      if (keys.isEmpty()) {
        columns.add("value");
        data.forEach(item -> rows.add(List.of(cell(item))));
        return;
      }
      columns.addAll(keys.stream().limit(MAX_COLUMNS).toList());
      for (JsonNode item : data) {
        List<String> row = new ArrayList<>();
        columns.forEach(c -> row.add(cell(item.get(c))));
        rows.add(row);
      }
    } else if (data.isObject()) {
      columns.add("field");
      columns.add("value");
      data.properties().forEach(e -> rows.add(List.of(e.getKey(), cell(e.getValue()))));
    } else {
      columns.add("value");
      rows.add(List.of(cell(data)));
    }
  }

  private static String cell(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String pretty(JsonNode data) {
    if (data == null) {
      return "";
    }
    try {
      return ActionJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(data);
    } catch (JsonProcessingException e) {
      return data.toString();
    }
  }

  public boolean hasTable() {
    return !columns.isEmpty();
  }

  public boolean hasSecrets() {
    return !secrets.isEmpty();
  }
}
