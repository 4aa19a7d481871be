package io.duoctl.core.orgs;

/**
 * A filter and page over organizations, ordered by name; null filters match everything.
 *
 * @param configurationName only this configuration's organizations, or null for all
 * @param tag only organizations with this tag, or null
 * @param nameContains case-insensitive part of the name, or null
 * @param mapped true: only mapped ones; false: only unmapped ones; null: both
 */
public record OrganizationQuery(
    String configurationName,
    String tag,
    String nameContains,
    Boolean mapped,
    int offset,
    int limit) {
  public static final int MAX_LIMIT = 1000;

  public OrganizationQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  /** The first page (100) of every organization of {@code configurationName} (null: all). */
  public static OrganizationQuery of(String configurationName) {
    return new OrganizationQuery(configurationName, null, null, null, 0, 100);
  }

  public OrganizationQuery withTag(String value) {
    return new OrganizationQuery(configurationName, value, nameContains, mapped, offset, limit);
  }

  public OrganizationQuery withNameContaining(String value) {
    return new OrganizationQuery(configurationName, tag, value, mapped, offset, limit);
  }

  public OrganizationQuery onlyMapped(Boolean value) {
    return new OrganizationQuery(configurationName, tag, nameContains, value, offset, limit);
  }

  public OrganizationQuery page(int pageOffset, int pageLimit) {
    return new OrganizationQuery(
        configurationName, tag, nameContains, mapped, pageOffset, pageLimit);
  }
}
