package io.duoctl.app.console.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.FieldKind;
import io.duoctl.core.actions.FieldRule;
import io.duoctl.core.actions.InputSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The controls generated from an input schema — an action's, or a workflow's inputs — one {@link
 * FormField} per property in declaration order; render them with {@code actions/fields.jte}.
 * Immutable and thread-safe.
 */
public final class InputForm {

  private final List<FormField> fields;

  private InputForm(List<FormField> fields) {
    this.fields = List.copyOf(fields);
  }

  /** The controls of {@code input}. */
  public static InputForm of(InputSchema input) {
    JsonNode properties = input.json().path("properties");
    List<FormField> fields = new ArrayList<>();
    for (FieldRule rule : input.fields().values()) {
      fields.add(field(rule, properties.path(rule.name())));
    }
    return new InputForm(fields);
  }

  public List<FormField> fields() {
    return fields;
  }

  /** The field of this name, if there is one. */
  public Optional<FormField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The form as first shown: defaults filled in, no errors. */
  public FormState blank() {
    return FormState.blank(this);
  }

  /**
   * The form filled in with {@code input} (e.g. a schedule's stored inputs), as {@link #read} would
   * have read it: each value as its control's text (a list one item a line), no secrets, no errors.
   */
  public FormState filled(ObjectNode input) {
    Map<String, String> values = new LinkedHashMap<>();
    for (FormField field : fields) {
      String text = field.secret() ? null : text(input.get(field.name()));
      if (text != null) {
        values.put(field.name(), text);
      }
    }
    return new FormState(values, input.deepCopy(), Map.of());
  }

  /**
   * Reads submitted form parameters ({@code in.<field>}) into the JSON input. Empty optional fields
   * are left out; a value that cannot be read becomes an inline error.
   */
  public FormState read(Map<String, List<String>> params) {
    return FormReader.read(this, params);
  }

  private static FormField field(FieldRule rule, JsonNode schema) {
    List<FormField.Option> options = new ArrayList<>();
    JsonNode choices = schema.path("enum");
    InputType type = type(rule, schema);
    if (type == InputType.SELECT) {
      if (choices.isArray()) {
        if (!rule.required()) {
          options.add(new FormField.Option("", "(not set)"));
        }
        choices.forEach(c -> options.add(new FormField.Option(c.asText(), c.asText())));
      } else {
        options.add(new FormField.Option("", "(not set)"));
        options.add(new FormField.Option("true", "Yes"));
        options.add(new FormField.Option("false", "No"));
      }
    }
    return new FormField(
        rule.name(),
        label(rule.name()),
        schema.path("description").asText(""),
        rule.kind(),
        type,
        rule.required(),
        rule.secret(),
        text(schema.get("default")),
        options,
        number(schema, "minimum"),
        number(schema, "maximum"),
        placeholder(rule.kind()));
  }

  private static InputType type(FieldRule rule, JsonNode schema) {
    if (schema.has("enum")) {
      return InputType.SELECT;
    }
    if (rule.secret() && rule.kind() != FieldKind.STRING_LIST) {
      return InputType.PASSWORD;
    }
    return switch (rule.kind()) {
      case INTEGER -> InputType.NUMBER;
      case BOOLEAN ->
          rule.defaultValue() != null || rule.required() ? InputType.CHECKBOX : InputType.SELECT;
      case PHONE_NUMBER -> InputType.TEL;
      case EMAIL -> InputType.EMAIL;
      case STRING_LIST, STRING_MAP -> InputType.TEXTAREA;
      case STRING ->
          "email".equals(schema.path("format").asText()) ? InputType.EMAIL : InputType.TEXT;
      case TIME -> InputType.TEXT;
    };
  }

  /**
   * A value (a default, a stored input) as the control's text (a list one item a line); null when
   * there is none or it is empty.
   */
  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(item -> items.add(item.asText()));
    } else {
      items.add(value.asText());
    }
    String text = String.join("\n", items);
    return text.isEmpty() ? null : text;
  }

  private static Long number(JsonNode schema, String keyword) {
    JsonNode value = schema.get(keyword);
    return value != null && value.canConvertToLong() ? value.asLong() : null;
  }

  private static String placeholder(FieldKind kind) {
    return switch (kind) {
      case PHONE_NUMBER -> "+14155550123";
      case TIME -> "2026-03-01T10:00:00Z or 24h";
      case STRING_LIST -> "one per line";
      case STRING_MAP -> "name=value, one per line (or a JSON object)";
      default -> null;
    };
  }

  /** {@code preserve_existing} → {@code Preserve existing}. */
  static String label(String name) {
    String words = name.replace('_', ' ').strip();
    return words.isEmpty()
        ? name
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
