package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.errors.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads each known field the way a user meant it (numbers as int, float-with-zero-fraction or
 * numeric string; phone numbers with separators; relative times) and rewrites it in the one form
 * the schema then checks. Problems go to the error list, never into an exception, so every bad
 * field is reported at once. Values of secret fields never appear in messages.
 */
final class InputCoercion {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private InputCoercion() {}

  static void apply(
      ObjectNode input, Map<String, FieldRule> rules, Instant now, List<FieldError> errors) {
    for (FieldRule rule : rules.values()) {
      JsonNode given = input.get(rule.name());
      if ((given == null || given.isNull()) && rule.defaultValue() == null) {
        input.remove(rule.name());
        continue;
      }
      JsonNode value = given == null || given.isNull() ? rule.defaultValue() : given;
      coerce(rule, value, now)
          .ifPresentOrElse(
              fixed -> input.set(rule.name(), fixed),
              () -> {
                errors.add(new FieldError(rule.name(), problem(rule, value)));
                input.remove(rule.name());
              });
    }
  }

  private static Optional<JsonNode> coerce(FieldRule rule, JsonNode value, Instant now) {
    return switch (rule.kind()) {
      case STRING ->
          value.isValueNode() && !(rule.required() && value.asText().isBlank())
              ? Optional.of(NODES.textNode(value.asText()))
              : none();
      case INTEGER -> integer(value);
      case BOOLEAN -> bool(value);
      case PHONE_NUMBER ->
          value.isTextual() ? PhoneNumbers.normalise(value.asText()).map(NODES::textNode) : none();
      case EMAIL ->
          value.isTextual()
              ? EmailAddresses.normalise(value.asText()).map(NODES::textNode)
              : none();
      case TIME ->
          value.isTextual()
              ? TimeExpressions.parse(value.asText(), now).map(t -> NODES.textNode(t.toString()))
              : none();
      case STRING_LIST -> list(value);
      case STRING_MAP -> map(value);
    };
  }

  private static Optional<JsonNode> none() {
    return Optional.empty();
  }

  private static Optional<JsonNode> integer(JsonNode value) {
    BigDecimal number;
    if (value.isNumber()) {
      number = value.decimalValue();
    } else if (value.isTextual()) {
      try {
        number = new BigDecimal(value.asText().strip());
      } catch (NumberFormatException e) {
        return none();
      }
    } else {
      return none();
    }
    try {
      return Optional.of(NODES.numberNode(number.stripTrailingZeros().longValueExact()));
    } catch (ArithmeticException fraction) {
      return none();
    }
  }

  private static Optional<JsonNode> bool(JsonNode value) {
    if (value.isBoolean()) {
      return Optional.of(value);
    }
    String text = value.isValueNode() ? value.asText().strip().toLowerCase(Locale.ROOT) : "";
    return switch (text) {
      case "true", "yes", "1", "1.0" -> Optional.of(NODES.booleanNode(true));
      case "false", "no", "0", "0.0" -> Optional.of(NODES.booleanNode(false));
      default -> none();
    };
  }

  private static Optional<JsonNode> list(JsonNode value) {
    ArrayNode out = NODES.arrayNode();
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (!item.isValueNode() || item.isNull()) {
          return none();
        }
        out.add(item.asText());
      }
      return Optional.of(out);
    }
    if (!value.isValueNode()) {
      return none();
    }
    for (String part : value.asText().split(",")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return Optional.of(out);
  }

  private static Optional<JsonNode> map(JsonNode value) {
    if (!value.isObject()) {
      return none();
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        return none();
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return Optional.of(out);
  }

  private static String problem(FieldRule rule, JsonNode value) {
    String shown = rule.secret() || !value.isValueNode() ? "" : " (got " + value + ")";
    return switch (rule.kind()) {
      case STRING ->
          value.isValueNode()
              ? "must not be blank: it is required"
              : "must be text, not an object or a list";
      case INTEGER -> "must be a whole number like 5, 5.0 or \"5\"" + shown;
      case BOOLEAN -> "must be true or false" + shown;
      case PHONE_NUMBER ->
          value.isNumber()
              ? "must be a string in E.164 form with + and the country code, e.g. \"+"
                  + value.asText()
                  + "\" if "
                  + value.asText()
                  + " already starts with the country code"
              : value.isTextual()
                  ? PhoneNumbers.problem(value.asText()) + shown
                  : "must be a phone number string like \"+14155550123\"";
      case EMAIL ->
          value.isTextual()
              ? EmailAddresses.problem(value.asText()) + shown
              : "must be an email address string like \"jdoe@example.com\"";
      case TIME -> TimeExpressions.EXPECTED + shown;
      case STRING_LIST -> "must be a list of strings or one comma-separated string";
      case STRING_MAP -> "must be an object whose values are strings, numbers or booleans";
    };
  }
}
