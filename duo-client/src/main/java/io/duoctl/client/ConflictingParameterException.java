package io.duoctl.client;

/**
 * A request was refused before anything was sent because two values claimed the same parameter: the
 * caller's and one the client would add (a child account's {@code account_id}), or a parameter and
 * a field of the request's JSON body. The client never lets one silently replace the other. The
 * message names the parameter; it shows values only for {@code account_id}, which is not a secret.
 */
public final class ConflictingParameterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  public ConflictingParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The parameter both values claimed. */
  public String parameter() {
    return parameter;
  }
}
