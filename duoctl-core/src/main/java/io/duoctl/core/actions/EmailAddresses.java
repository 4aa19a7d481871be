package io.duoctl.core.actions;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email addresses as users type them: trimmed, then checked for the form Duo accepts, {@code
 * local@domain.tld} (one {@code @}, no spaces or control characters, a domain of dot-separated
 * labels ending in a top-level domain of two letters or more). The domain may hold non-ASCII
 * letters; nothing is looked up.
 */
public final class EmailAddresses {

  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL = 64;
  private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+");
  private static final Pattern LABEL =
      Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
  private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}{2,63}|xn--[a-z0-9-]{2,59}");

  private EmailAddresses() {}

  /**
   * The address {@code typed}, trimmed.
   *
   * @return the address, or empty when it is not one; {@link #problem} explains why
   */
  public static Optional<String> normalise(String typed) {
    String address = typed.strip();
    return reason(address) == null ? Optional.of(address) : Optional.empty();
  }

  /** Why {@code typed} is not an email address, with the fix. */
  public static String problem(String typed) {
    String reason = reason(typed.strip());
    return (reason == null ? "must be an email address" : reason) + ", e.g. \"jdoe@example.com\"";
  }

  private static String reason(String address) {
    if (address.isEmpty()) {
      return "must not be empty";
    }
    if (address.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    int at = address.lastIndexOf('@');
    if (at < 0 || address.indexOf('@') != at) {
      return "must hold exactly one @ between the name and the domain";
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.isEmpty() || local.length() > MAX_LOCAL) {
      return "must have 1 to " + MAX_LOCAL + " characters before the @";
    }
    if (!LOCAL.matcher(local).matches()
        || local.startsWith(".")
        || local.endsWith(".")
        || local.contains("..")) {
      return "must not have spaces, quotes, commas or stray dots before the @";
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return "must have a domain with a dot after the @";
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return "must have a domain of letters, digits and hyphens between dots after the @";
      }
    }
    if (!TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
      return "must end in a top-level domain such as .com or .de";
    }
    return null;
  }
}
