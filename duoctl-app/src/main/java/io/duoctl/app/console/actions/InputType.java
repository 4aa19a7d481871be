package io.duoctl.app.console.actions;

/** The HTML control a form field is rendered as. */
public enum InputType {
  TEXT,
  /** A whole number ({@code <input type=number>}). */
  NUMBER,
  /** A boolean with a default: checked or not. */
  CHECKBOX,
  /** A fixed set of values, or an optional boolean (not set / yes / no). */
  SELECT,
  /** A list (one item per line) or an object (JSON or {@code name=value} lines). */
  TEXTAREA,
  TEL,
  EMAIL,
  /** A secret input: never filled in again when the form is shown back. */
  PASSWORD;

  /** The {@code type} attribute of an {@code <input>}; not used for select and textarea. */
  public String htmlType() {
    return switch (this) {
      case NUMBER -> "number";
      case CHECKBOX -> "checkbox";
      case TEL -> "tel";
      case EMAIL -> "email";
      case PASSWORD -> "password";
      default -> "text";
    };
  }
}
