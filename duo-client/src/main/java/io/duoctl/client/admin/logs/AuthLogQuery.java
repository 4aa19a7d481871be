package io.duoctl.client.admin.logs;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Copies;
import io.duoctl.client.internal.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A query of the authentication log (v2): a time window, a page size, and filters. Each filter
 * takes several values, sent by repeating the parameter; an entry must match one value of every
 * filter given.
 *
 * @param window the time window and order
 * @param limit entries per page, 1–1000
 * @param filters Duo's filter name ({@code users}, {@code groups}, {@code applications}, {@code
 *     results}, {@code reasons}, {@code factors}, {@code event_types}, {@code phone_numbers},
 *     {@code tokens}) to values
 */
public record AuthLogQuery(LogWindow window, int limit, Map<String, List<String>> filters) {

  /** Duo's maximum page size for the authentication log. */
  public static final int MAX_LIMIT = 1000;

  public AuthLogQuery {
    Objects.requireNonNull(window, "window");
    Require.range(limit, 1, MAX_LIMIT, "limit");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Copies.map(filters)
        .forEach(
            (name, values) -> {
              Require.noBlankElements(values, name);
              if (!values.isEmpty()) {
                copy.put(name, List.copyOf(values));
              }
            });
    filters = Collections.unmodifiableMap(copy);
  }

  /** Every entry in the window, {@value #MAX_LIMIT} per page. */
  public static AuthLogQuery of(LogWindow window) {
    return builder(window).build();
  }

  public static Builder builder(LogWindow window) {
    return new Builder(window);
  }

  Params toParams() {
    Params params = window.toParams().with("limit", Integer.toString(limit));
    for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
      params = params.withAll(filter.getKey(), filter.getValue());
    }
    return params;
  }

  /** Collects the page size and filters of an {@link AuthLogQuery}. Not thread-safe. */
  public static final class Builder {
    private final LogWindow window;
    private final Map<String, List<String>> filters = new LinkedHashMap<>();
    private int limit = MAX_LIMIT;

    private Builder(LogWindow window) {
      this.window = window;
    }

    public Builder limit(int value) {
      this.limit = value;
      return this;
    }

    /** Only these users (user ids). */
    public Builder users(List<String> userIds) {
      return filter("users", userIds);
    }

    /** Only members of these groups (group ids). */
    public Builder groups(List<String> groupIds) {
      return filter("groups", groupIds);
    }

    /** Only these applications (integration keys). */
    public Builder applications(List<String> integrationKeys) {
      return filter("applications", integrationKeys);
    }

    /** Only these results: {@code success}, {@code denied}, {@code fraud}. */
    public Builder results(List<String> results) {
      return filter("results", results);
    }

    /** Only these reasons, e.g. {@code locked_out}, {@code user_marked_fraud}. */
    public Builder reasons(List<String> reasons) {
      return filter("reasons", reasons);
    }

    /** Only these factors, e.g. {@code duo_push}, {@code bypass_code}. */
    public Builder factors(List<String> factors) {
      return filter("factors", factors);
    }

    /** Only these event types: {@code authentication}, {@code enrollment}. */
    public Builder eventTypes(List<String> eventTypes) {
      return filter("event_types", eventTypes);
    }

    /** Any other filter by Duo's parameter name. */
    public Builder filter(String name, List<String> values) {
      filters.put(Require.text(name, "filter name"), List.copyOf(values));
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid
     */
    public AuthLogQuery build() {
      return new AuthLogQuery(window, limit, filters);
    }
  }
}
