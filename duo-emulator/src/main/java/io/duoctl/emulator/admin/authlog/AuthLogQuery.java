package io.duoctl.emulator.admin.authlog;

import io.duoctl.emulator.admin.LogQuery;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.DuoError;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A parsed {@code GET /admin/v2/logs/authentication} request (admin-api.md §2.3, §5.14;
 * signing-auth-accounts.md §6): the paging every v2 log shares ({@link LogQuery}) and the
 * repeated-key filters.
 */
record AuthLogQuery(LogQuery paging, Predicate<AuthLogEntry> filter) {

  private static final Set<String> RESULTS = Set.of("success", "denied", "fraud");
  private static final Set<String> EVENT_TYPES = Set.of("authentication", "enrollment");

  static AuthLogQuery parse(ApiCall call, Duration delay) {
    LogQuery paging = LogQuery.parse(call, delay);
    Predicate<AuthLogEntry> filter =
        filter(call, "users", e -> List.of(e.user().key()), null)
            .and(filter(call, "groups", e -> e.user().groupKeys(), null))
            .and(filter(call, "applications", e -> List.of(e.application().key()), null))
            .and(filter(call, "results", e -> List.of(e.result()), RESULTS))
            .and(filter(call, "reasons", e -> List.of(e.reason()), null))
            .and(filter(call, "factors", e -> List.of(e.factor()), null))
            .and(filter(call, "event_types", e -> List.of(e.eventType()), EVENT_TYPES));
    return new AuthLogQuery(paging, filter);
  }

  private static Predicate<AuthLogEntry> filter(
      ApiCall call, String name, Function<AuthLogEntry, List<String>> field, Set<String> allowed) {
    List<String> wanted = call.paramValues(name).stream().filter(v -> !v.isBlank()).toList();
    if (wanted.isEmpty()) {
      return e -> true;
    }
    if (allowed != null && !allowed.containsAll(wanted)) {
      throw DuoError.invalidParameter(name);
    }
    return e -> field.apply(e).stream().anyMatch(wanted::contains);
  }
}
