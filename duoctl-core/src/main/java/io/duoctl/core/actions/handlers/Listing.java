package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.Field;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** Lists read page by page up to a caller's limit, and the shared {@code limit} field. */
final class Listing {

  static final long MAX_LIMIT = 100_000;

  private Listing() {}

  static Field limit(long defaultLimit) {
    return Field.integer("limit", "The most items to return")
        .min(1)
        .max(MAX_LIMIT)
        .defaultsTo(defaultLimit);
  }

  /** The first {@code limit} items that pass {@code keep}, as JSON; pages are fetched lazily. */
  static <T> JsonNode take(Iterable<T> items, long limit, Predicate<T> keep) {
    List<T> kept = new ArrayList<>();
    Iterator<T> it = items.iterator();
    while (kept.size() < limit && it.hasNext()) {
      T item = it.next();
      if (keep.test(item)) {
        kept.add(item);
      }
    }
    return ActionJson.of(kept);
  }

  static <T> JsonNode take(Iterable<T> items, long limit) {
    return take(items, limit, item -> true);
  }

  static JsonNode done(String what) {
    return ActionJson.object().put("result", what);
  }
}
