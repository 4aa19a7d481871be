package io.duoctl.core.access;

/** The change would leave the console without an operator who has the admin role. */
public final class LastAdministratorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LastAdministratorException(String username) {
    super(
        "\""
            + username
            + "\" is the last operator with the admin role; create another admin first");
  }
}
