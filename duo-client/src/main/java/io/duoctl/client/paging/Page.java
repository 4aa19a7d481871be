package io.duoctl.client.paging;

import io.duoctl.client.http.Params;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a Duo list.
 *
 * @param items the items on this page
 * @param next the parameters that fetch the next page when merged into the original request ({@code
 *     offset=N}, or a log cursor); empty on the last page
 * @param totalObjects Duo's {@code total_objects}, when it sent one
 */
public record Page<T>(List<T> items, Optional<Params> next, OptionalLong totalObjects) {

  public Page {
    items = List.copyOf(items);
  }

  public boolean hasNext() {
    return next.isPresent();
  }
}
