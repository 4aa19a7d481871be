package io.duoctl.client.admin.groups;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;

/**
 * The attributes of a group to create (name required) or change (any one). Null components are not
 * sent.
 *
 * @param name the group name
 * @param desc the description
 * @param status the group status
 */
public record GroupDetails(String name, String desc, GroupStatus status) {

  public GroupDetails {
    Require.optionalText(name, "name");
  }

  /** A group with only a name. */
  public static GroupDetails named(String name) {
    return new GroupDetails(Require.text(name, "name"), null, null);
  }

  /** This with a description. */
  public GroupDetails withDesc(String newDesc) {
    return new GroupDetails(name, newDesc, status);
  }

  /** This with a status. */
  public GroupDetails withStatus(GroupStatus newStatus) {
    return new GroupDetails(name, desc, newStatus);
  }

  boolean isEmpty() {
    return name == null && desc == null && status == null;
  }

  Params toParams() {
    Params params = Params.of().withIfPresent("name", name).withIfPresent("desc", desc);
    return status == null ? params : params.with("status", status.wireValue());
  }
}
