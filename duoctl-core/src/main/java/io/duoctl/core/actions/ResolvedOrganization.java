package io.duoctl.core.actions;

import io.duoctl.client.DuoTarget;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.DuoApi;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An organization ready to be acted on: its id and name, the Duo target for each API it can reach,
 * why it cannot reach the others, and its Admin API directory key when set (for directory sync).
 *
 * @param unavailable for APIs without a target, the reason and fix shown to the user
 * @param ownKeys the APIs reached with the organization's own keys (the others use the
 *     configuration's), so that a refused key names the command that fixes it
 */
public record ResolvedOrganization(
    String id,
    String name,
    Map<DuoApi, DuoTarget> targets,
    Optional<Secret> directoryKey,
    Map<DuoApi, String> unavailable,
    Set<DuoApi> ownKeys) {

  public ResolvedOrganization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    EnumMap<DuoApi, DuoTarget> copy = new EnumMap<>(DuoApi.class);
    copy.putAll(targets);
    targets = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(directoryKey, "directoryKey");
    EnumMap<DuoApi, String> reasons = new EnumMap<>(DuoApi.class);
    reasons.putAll(unavailable);
    unavailable = Collections.unmodifiableMap(reasons);
    ownKeys = ownKeys.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(ownKeys));
  }

  /** An organization reached with the configuration's keys only. */
  public ResolvedOrganization(
      String id,
      String name,
      Map<DuoApi, DuoTarget> targets,
      Optional<Secret> directoryKey,
      Map<DuoApi, String> unavailable) {
    this(id, name, targets, directoryKey, unavailable, Set.of());
  }

  /** The id results and the audit give a parent-level run, which has no organization. */
  public static final String PARENT_ID = "parent";

  /** The name results and the audit give a parent-level run. */
  public static final String PARENT_NAME = "parent account";

  /**
   * The MSP's parent account as the subject of parent-level actions: its own keys for each API, no
   * directory key.
   */
  public static ResolvedOrganization parent(
      Map<DuoApi, DuoTarget> targets, Map<DuoApi, String> unavailable) {
    targets.values().forEach(ResolvedOrganization::requireNoChildAccount);
    return new ResolvedOrganization(PARENT_ID, PARENT_NAME, targets, Optional.empty(), unavailable);
  }

  private static void requireNoChildAccount(DuoTarget target) {
    if (target.accountId().isPresent()) {
      throw new IllegalArgumentException("the parent account's targets carry no account_id");
    }
  }

  /** An organization whose missing APIs carry the default explanation. */
  public ResolvedOrganization(
      String id, String name, Map<DuoApi, DuoTarget> targets, Optional<Secret> directoryKey) {
    this(id, name, targets, directoryKey, Map.of());
  }

  /**
   * The target for {@code api}.
   *
   * @throws OrganizationUnavailableException naming the missing keys and how to add them
   */
  public DuoTarget target(DuoApi api) {
    DuoTarget target = targets.get(api);
    if (target == null) {
      throw new OrganizationUnavailableException(
          ErrorCode.ORGANIZATION_UNAVAILABLE,
          unavailable.getOrDefault(
              api,
              "organization "
                  + name
                  + " has no "
                  + api.displayName()
                  + " access: map it to a Duo child account or give it its own "
                  + api.displayName()
                  + " keys"));
    }
    return target;
  }

  /** A key for grouping calls by Duo account: host plus child account id. */
  public String accountKey(DuoApi api) {
    DuoTarget target = targets.get(api);
    return target == null
        ? "unavailable"
        : target.host() + target.accountId().map(a -> "/" + a).orElse("");
  }

  @Override
  public String toString() {
    return "ResolvedOrganization[" + id + ", " + name + ", " + targets.keySet() + "]";
  }
}
