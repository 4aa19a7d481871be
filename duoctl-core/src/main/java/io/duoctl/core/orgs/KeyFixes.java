package io.duoctl.core.orgs;

import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.vocabulary.WireNames;

/**
 * The commands that fix an organization's keys, mapping or directory key, as shown next to a failed
 * check or a failed action (the console and the REST API show the same words).
 */
public final class KeyFixes {
  private KeyFixes() {}

  /** Replaces the organization's own keys of {@code api}; the secret key is then prompted for. */
  public static String ownKeys(String organization, DuoApi api) {
    return "duoctl orgs set-keys "
        + quoted(organization)
        + " --api "
        + WireNames.of(api)
        + " --host HOST --ikey IKEY";
  }

  /** Replaces the configuration's (parent's) keys of {@code api}. */
  public static String parentKeys(DuoApi api) {
    String prefix = "--" + WireNames.of(api);
    return "duoctl config set " + prefix + "-host HOST " + prefix + "-ikey IKEY";
  }

  /** Stores or replaces the organization's directory key (prompted for, never an argument). */
  public static String directoryKey(String organization) {
    return "duoctl orgs set-directory-key " + quoted(organization);
  }

  /** Maps the organization to a Duo child account. */
  public static String mapping(String organization) {
    return "duoctl mapping set " + quoted(organization) + " ACCOUNT";
  }

  /** Refreshes the list of child accounts, then maps the organization again. */
  public static String staleMapping(String organization) {
    return "duoctl mapping refresh, then " + mapping(organization);
  }

  /** Checks the organization's keys, mapping and directory key again. */
  public static String check(String organization) {
    return "duoctl orgs check " + quoted(organization);
  }

  /** The name as one shell word: as is when it is plain, else in double quotes. */
  static String quoted(String name) {
    if (name.matches("[A-Za-z0-9._@-]+")) {
      return name;
    }
    return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + '"';
  }
}
