package io.duoctl.emulator.admin.internal;

import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Duo's offset paging (admin-api.md §2.2): {@code limit} (default 100, clamped to the endpoint's
 * maximum, §7.11) and {@code offset}; metadata {@code total_objects}, {@code next_offset} (null on
 * the last page) and {@code prev_offset} (null on the first page).
 */
public final class Paging {

  /** The default page size of every offset-paged list. */
  public static final int DEFAULT_LIMIT = 100;

  /** The maximum page size of {@code /admin/v1/users}. */
  public static final int USERS_MAX = 300;

  /** The maximum page size of the other lists. */
  public static final int OTHERS_MAX = 500;

  private Paging() {}

  /** One page of {@code all}, each item written by {@code view}. */
  public static <T> ApiResult page(
      ApiCall call, List<T> all, int maxLimit, Function<? super T, ?> view) {
    int limit =
        (int)
            Math.min(
                maxLimit, ParamValues.integer(call, "limit", 1, Integer.MAX_VALUE, DEFAULT_LIMIT));
    int offset = (int) ParamValues.integer(call, "offset", 0, Integer.MAX_VALUE, 0);
    int total = all.size();
    int from = Math.min(offset, total);
    int to = Math.min(total, from + limit);
    List<?> items = all.subList(from, to).stream().map(view).toList();
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", to < total ? to : null);
    metadata.put("prev_offset", offset > 0 ? Math.max(0, offset - limit) : null);
    metadata.put("total_objects", total);
    return ApiResult.ok(items, metadata);
  }

  /** Every item of {@code all} in one answer, with metadata (ID-list look-ups ignore paging). */
  public static <T> ApiResult whole(List<T> all, Function<? super T, ?> view) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("next_offset", null);
    metadata.put("prev_offset", null);
    metadata.put("total_objects", all.size());
    return ApiResult.ok(all.stream().map(view).toList(), metadata);
  }
}
