package io.duoctl.core.jobs;

import java.util.List;
import java.util.Objects;

/**
 * Which organizations a fan-out job runs over: a list (ids or names), every organization with a
 * tag, or every mapped organization.
 *
 * @param organizations the list for {@link Kind#LIST}, else empty
 * @param tag the tag for {@link Kind#TAG}, else null
 */
public record OrganizationSelection(Kind kind, List<String> organizations, String tag) {

  /** How the organizations are chosen. */
  public enum Kind {
    LIST,
    TAG,
    ALL
  }

  public OrganizationSelection {
    Objects.requireNonNull(kind, "kind");
    organizations = List.copyOf(organizations);
    if (kind == Kind.LIST && organizations.isEmpty()) {
      throw new IllegalArgumentException("organizations must name at least one organization");
    }
    if (kind == Kind.TAG && (tag == null || tag.isBlank())) {
      throw new IllegalArgumentException("tag must not be blank");
    }
  }

  public static OrganizationSelection of(List<String> organizations) {
    return new OrganizationSelection(Kind.LIST, organizations, null);
  }

  public static OrganizationSelection tagged(String tag) {
    return new OrganizationSelection(Kind.TAG, List.of(), tag);
  }

  public static OrganizationSelection allMapped() {
    return new OrganizationSelection(Kind.ALL, List.of(), null);
  }

  /** How it is shown and stored: {@code orgs:a,b}, {@code tag:x} or {@code all}. */
  public String describe() {
    return switch (kind) {
      case LIST -> "orgs:" + String.join(",", organizations);
      case TAG -> "tag:" + tag;
      case ALL -> "all";
    };
  }
}
