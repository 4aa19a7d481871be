package io.duoctl.app.console.actions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.errors.FieldError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as filled in: the text to show in each control (never a secret's), the JSON input for core
 * (an action's runner, a workflow run), and the inline errors by field name. Errors that name no
 * field of the form are kept under {@link #FORM} and shown above it.
 *
 * @param values the text per field name, as typed (secret fields absent)
 * @param input the JSON input for core
 * @param errors the error message per field name, in form order
 */
public record FormState(Map<String, String> values, ObjectNode input, Map<String, String> errors) {

  /** The key of errors that belong to no single field. */
  public static final String FORM = "";

  public FormState {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  static FormState blank(InputForm form) {
    Map<String, String> values = new LinkedHashMap<>();
    form.fields().stream()
        .filter(f -> f.defaultValue() != null && !f.secret())
        .forEach(f -> values.put(f.name(), f.defaultValue()));
    return new FormState(values, ActionJson.object(), Map.of());
  }

  /** Whether the form could be read without errors. */
  public boolean valid() {
    return errors.isEmpty();
  }

  /** The text of a control; empty when none. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** Whether a checkbox is ticked. */
  public boolean checked(String field) {
    return "true".equals(values.get(field));
  }

  /** The inline error of a field, or null. */
  public String error(String field) {
    return errors.get(field);
  }

  /** The ids that describe a control: its help, and its error when it has one. */
  public String describedBy(FormField field) {
    return error(field.name()) == null ? field.helpId() : field.helpId() + " " + field.errorId();
  }

  /** The errors that belong to no field of the form. */
  public String formError() {
    return errors.get(FORM);
  }

  /** This state with the runner's validation errors placed on the action's fields. */
  public FormState withErrors(ActionForm form, List<FieldError> fieldErrors) {
    return withErrors(form.inputs(), fieldErrors);
  }

  /**
   * This state with core's validation errors placed on the fields of {@code form}; an error of a
   * nested value ({@code codes[2]}, {@code codes.2}) lands on its top-level field.
   */
  public FormState withErrors(InputForm form, List<FieldError> fieldErrors) {
    Map<String, String> merged = new LinkedHashMap<>(errors);
    for (FieldError error : fieldErrors) {
      String name = topLevel(error.field());
      String key = form.field(name).isPresent() ? name : FORM;
      String message = key.equals(FORM) ? error.toString() : error.message();
      merged.merge(key, message, (a, b) -> a.equals(b) ? a : a + "; " + b);
    }
    return new FormState(values, input, merged);
  }

  private static String topLevel(String field) {
    String name = field.startsWith("$.") ? field.substring(2) : field;
    int cut = name.length();
    for (char c : new char[] {'.', '[', '/'}) {
      int at = name.indexOf(c);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    return name.substring(0, cut);
  }
}
