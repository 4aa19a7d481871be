package io.duoctl.emulator.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a v2 log: the entries after the query's cursor in its order, at most {@code limit},
 * and the cursor of the last one when more follow. On the last page (partly filled, exactly full,
 * or empty) {@code next} is null, as Duo answers ("call repeatedly ... as long as the result
 * metadata has next_offset values"; an empty answer carries {@code "next_offset": null}).
 *
 * @param items the entries of this page, in the query's order
 * @param next where the next page starts, or null when nothing follows
 * @param total how many entries match the window and filters ({@code total_objects})
 */
public record LogPage<E>(List<E> items, LogCursor next, int total) {

  public LogPage {
    items = List.copyOf(items);
  }

  /**
   * Pages {@code matching}.
   *
   * @param matching the entries inside the query's window that pass its filters, oldest first
   * @param position an entry's place in the log
   */
  public static <E> LogPage<E> of(
      List<E> matching, Function<E, LogCursor> position, LogQuery query) {
    List<E> ordered = new ArrayList<>(matching);
    if (query.descending()) {
      Collections.reverse(ordered);
    }
    List<E> rest = ordered.stream().filter(e -> query.afterCursor(position.apply(e))).toList();
    List<E> page = rest.subList(0, Math.min(query.limit(), rest.size()));
    LogCursor next = page.size() < rest.size() ? position.apply(page.get(page.size() - 1)) : null;
    return new LogPage<>(page, next, matching.size());
  }
}
