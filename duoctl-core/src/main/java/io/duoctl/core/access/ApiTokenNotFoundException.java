package io.duoctl.core.access;

/** No API token has the given name or id. */
public final class ApiTokenNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ApiTokenNotFoundException(String nameOrId) {
    super(
        "no API token named \""
            + nameOrId
            + "\" (or with that id); list them with duoctl tokens list");
  }
}
