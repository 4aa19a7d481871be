package io.duoctl.client.admin.groups;

import static io.duoctl.client.internal.Paths.segment;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.paging.Paged;
import java.util.Objects;

/**
 * Duo groups: lifecycle through {@code /admin/v1/groups}, details and members through {@code
 * /admin/v2/groups}. Per-user membership is on {@code Users}. Every method throws a {@link
 * DuoApiException} subclass when Duo refuses. Immutable and thread-safe.
 */
public final class Groups {

  /**
   * The page size for groups: Duo's documentation disagrees on the maximum (100 or 500), so the
   * smaller one.
   */
  public static final int PAGE_SIZE = 100;

  /** Duo's maximum page size for group members. */
  public static final int MEMBERS_PAGE_SIZE = 500;

  private static final String GROUPS_V1 = "/admin/v1/groups";
  private static final String GROUPS_V2 = "/admin/v2/groups";

  private final ApiClient api;

  public Groups(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Every group, fetched lazily. */
  public Paged<Group> list() {
    return api.offsetPaged(DuoRequest.get(GROUPS_V1), Group.class, PAGE_SIZE);
  }

  /**
   * The group with this id.
   *
   * @throws DuoNotFoundException if there is none
   */
  public Group get(String groupId) {
    return api.call(DuoRequest.get(GROUPS_V2 + "/" + id(groupId)), Group.class);
  }

  /**
   * Creates a group and returns it.
   *
   * @throws IllegalArgumentException if {@code group} has no name
   */
  public Group create(GroupDetails group) {
    if (group.name() == null) {
      throw new IllegalArgumentException("name is required to create a group");
    }
    return api.call(DuoRequest.post(GROUPS_V1).params(group.toParams()), Group.class);
  }

  /**
   * Changes the given attributes of a group and returns it.
   *
   * @throws IllegalArgumentException if {@code changes} changes nothing
   */
  public Group update(String groupId, GroupDetails changes) {
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a group update needs at least one change");
    }
    return api.call(
        DuoRequest.post(GROUPS_V1 + "/" + id(groupId)).params(changes.toParams()), Group.class);
  }

  /** Deletes the group. */
  public void delete(String groupId) {
    api.call(DuoRequest.delete(GROUPS_V1 + "/" + id(groupId)));
  }

  /** The group's members (user id and username only). */
  public Paged<UserSummary> members(String groupId) {
    return api.offsetPaged(
        DuoRequest.get(GROUPS_V2 + "/" + id(groupId) + "/users"),
        UserSummary.class,
        MEMBERS_PAGE_SIZE);
  }

  private static String id(String groupId) {
    return segment(groupId, "groupId");
  }
}
