package io.duoctl.emulator.admin;

import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Duo's offset paging for object lists (admin-api.md §2.2): {@code limit} (default and maximum per
 * endpoint; a larger one is clamped, §7.11) and {@code offset}; the answer carries top-level
 * metadata {@code total_objects}, {@code next_offset} (null on the last page) and {@code
 * prev_offset}. Stateless.
 */
public final class OffsetPage {

  private OffsetPage() {}

  /**
   * One page of {@code all} as the call asks for it, each item written by {@code view}.
   *
   * @throws DuoError 400 40002 naming {@code limit} or {@code offset} when one is not a whole
   *     number, or {@code limit} is below 1 or {@code offset} below 0
   */
  public static <T> ApiResult of(
      ApiCall call, List<T> all, int defaultLimit, int maxLimit, Function<T, ?> view) {
    long limit = ParamValues.integer(call, "limit").orElse(defaultLimit);
    long offset = ParamValues.integer(call, "offset").orElse(0);
    if (limit < 1) {
      throw DuoError.invalidParameter("limit");
    }
    if (offset < 0) {
      throw DuoError.invalidParameter("offset");
    }
    int size = (int) Math.min(limit, maxLimit);
    int from = (int) Math.min(offset, all.size());
    int to = Math.min(all.size(), from + size);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", to < all.size() ? to : null);
    metadata.put("prev_offset", from > 0 ? Math.max(0, from - size) : null);
    metadata.put("total_objects", all.size());
    return ApiResult.ok(all.subList(from, to).stream().map(view).toList(), metadata);
  }
}
