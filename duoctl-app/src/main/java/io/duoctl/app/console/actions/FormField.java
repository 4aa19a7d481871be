package io.duoctl.app.console.actions;

import io.duoctl.core.actions.FieldKind;
import java.util.List;
import java.util.Objects;

/**
 * One control of an action's form, derived from a property of its input JSON Schema.
 *
 * @param name the property name; the control's form parameter is {@link #param()}
 * @param label a human label made from the name
 * @param help the schema's description
 * @param kind how the runner reads the value
 * @param type the HTML control
 * @param required whether the schema requires it
 * @param secret whether it is write-only (never rendered back)
 * @param defaultValue the schema default as text, or null
 * @param options the allowed values for a select (an empty first option when not required)
 * @param min the minimum of a number, or null
 * @param max the maximum of a number, or null
 * @param placeholder an example of what to type, or null
 */
public record FormField(
    String name,
    String label,
    String help,
    FieldKind kind,
    InputType type,
    boolean required,
    boolean secret,
    String defaultValue,
    List<Option> options,
    Long min,
    Long max,
    String placeholder) {

  /** The form parameter prefix that keeps action fields apart from the page's own fields. */
  public static final String PREFIX = "in.";

  /** One choice of a select. */
  public record Option(String value, String label) {}

  public FormField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    options = List.copyOf(options);
  }

  /** The form parameter name, e.g. {@code in.user}. */
  public String param() {
    return PREFIX + name;
  }

  /** The HTML id of the control, e.g. {@code f-user}. */
  public String id() {
    return "f-" + name;
  }

  /** The HTML id of the help text, for {@code aria-describedby}. */
  public String helpId() {
    return "h-" + name;
  }

  /** The HTML id of the inline error, for {@code aria-describedby}. */
  public String errorId() {
    return "e-" + name;
  }
}
