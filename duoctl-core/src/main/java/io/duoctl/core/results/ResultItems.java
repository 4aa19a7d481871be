package io.duoctl.core.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organization's outcome as items, the unit of {@code -o jsonl} and of every CSV: a list result
 * gives one item per element, any other result one item, an empty list none, a failure one item
 * with its error. Each item starts with {@code organization}, {@code organization_id} and {@code
 * ok}; a failure then has {@code error} ({@code code}, {@code message}, {@code duo_code}, {@code
 * message_detail}), a success the element's own fields (an element that is not an object is {@code
 * value}; a field named like one of those four goes under {@code data}). Stateless.
 */
public final class ResultItems {

  /** The columns every flattened item starts with, in this order. */
  public static final List<String> LEADING_COLUMNS =
      List.of(
          "organization",
          "organization_id",
          "ok",
          "error.code",
          "error.message",
          "error.duo_code",
          "error.message_detail");

  private static final Set<String> OWN_FIELDS =
      Set.of("organization", "organization_id", "ok", "error");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultItems() {}

  /** The outcome's items, in the order the action returned them. */
  public static List<ObjectNode> of(OrganizationOutcome outcome) {
    if (!outcome.ok()) {
      ObjectNode failure = head(outcome);
      failure
          .putObject("error")
          .put("code", OrganizationOutcome.code(outcome.errorCode()))
          .put("message", outcome.message())
          .put("duo_code", outcome.duoCode())
          .put("message_detail", outcome.messageDetail());
      return List.of(failure);
    }
    JsonNode data = outcome.data();
    if (data == null || data.isNull()) {
      return List.of(head(outcome));
    }
    if (!data.isArray()) {
      return List.of(item(outcome, data));
    }
    List<ObjectNode> items = new ArrayList<>();
    data.forEach(element -> items.add(item(outcome, element)));
    return items;
  }

  private static ObjectNode head(OrganizationOutcome outcome) {
    return NODES
        .objectNode()
        .put("organization", outcome.organization())
        .put("organization_id", outcome.organizationId())
        .put("ok", outcome.ok());
  }

  private static ObjectNode item(OrganizationOutcome outcome, JsonNode element) {
    ObjectNode item = head(outcome);
    if (!element.isObject()) {
      return item.set("value", element);
    }
    for (Map.Entry<String, JsonNode> field : element.properties()) {
      if (OWN_FIELDS.contains(field.getKey())) {
        item.withObjectProperty("data").set(field.getKey(), field.getValue());
      } else {
        item.set(field.getKey(), field.getValue());
      }
    }
    return item;
  }
}
