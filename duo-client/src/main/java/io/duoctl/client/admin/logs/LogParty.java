package io.duoctl.client.admin.logs;

import io.duoctl.client.internal.Copies;
import java.util.List;

/**
 * Someone or something named in a log entry: a user, an application, an actor or target.
 *
 * @param key the object's key or id, or null
 * @param name its name, or null
 * @param type its kind (in activity logs, e.g. {@code user}, {@code admin}), or null
 * @param groups for users in the authentication log: their group names
 */
public record LogParty(String key, String name, String type, List<String> groups) {

  public LogParty {
    groups = Copies.list(groups);
  }
}
