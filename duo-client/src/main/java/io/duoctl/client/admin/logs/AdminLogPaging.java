package io.duoctl.client.admin.logs;

import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Params;
import io.duoctl.client.paging.Page;
import io.duoctl.client.paging.Paged;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Paging of the v1 administrator log, which has no cursor: each call returns up to {@value
 * #PAGE_SIZE} of the earliest entries at or after {@code mintime} (Unix seconds). A full page
 * continues at its last second; the entries of that second are left to the next page, so none is
 * lost or repeated. Only a full page within one second cannot be split that way: the next page then
 * starts one second later, and Duo offers no way to read what else happened in that second.
 */
final class AdminLogPaging {

  static final int PAGE_SIZE = 1000;

  private AdminLogPaging() {}

  static Paged<AdminLogEntry> paged(ApiClient api, DuoRequest first) {
    return new Paged<>(
        cursor -> {
          DuoRequest request = first.params(cursor);
          List<AdminLogEntry> entries = api.callList(request, AdminLogEntry.class);
          if (entries.size() < PAGE_SIZE) {
            return new Page<>(entries, Optional.empty(), OptionalLong.empty());
          }
          long firstSecond = entries.get(0).timestamp();
          long lastSecond = entries.get(entries.size() - 1).timestamp();
          if (firstSecond == lastSecond) {
            return new Page<>(entries, Optional.of(mintime(lastSecond + 1)), OptionalLong.empty());
          }
          List<AdminLogEntry> before =
              entries.stream().filter(entry -> entry.timestamp() < lastSecond).toList();
          return new Page<>(before, Optional.of(mintime(lastSecond)), OptionalLong.empty());
        });
  }

  private static Params mintime(long second) {
    return Params.of("mintime", Long.toString(second));
  }
}
