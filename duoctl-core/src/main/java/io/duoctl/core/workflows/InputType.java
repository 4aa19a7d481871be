package io.duoctl.core.workflows;

import io.duoctl.core.actions.FieldKind;

/**
 * The type of a workflow input, named like the action input kinds ({@link FieldKind}) plus {@code
 * user}: a user_id, username, alias or email.
 */
public enum InputType {
  STRING(FieldKind.STRING),
  INTEGER(FieldKind.INTEGER),
  BOOLEAN(FieldKind.BOOLEAN),
  USER(FieldKind.STRING),
  PHONE_NUMBER(FieldKind.PHONE_NUMBER),
  EMAIL(FieldKind.EMAIL),
  TIME(FieldKind.TIME),
  STRING_LIST(FieldKind.STRING_LIST);

  private final FieldKind kind;

  InputType(FieldKind kind) {
    this.kind = kind;
  }

  /** How a value of this type is read, as for an action field. */
  public FieldKind fieldKind() {
    return kind;
  }
}
