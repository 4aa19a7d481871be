package io.duoctl.client.admin.users;

import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import io.duoctl.client.internal.Wire;
import io.duoctl.client.paging.Page;
import io.duoctl.client.paging.Paged;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Lookups by {@code user_id_list} / {@code username_list}: Duo takes at most 100 values per
 * request, so each page is one chunk and the next page's cursor is the next chunk's list.
 */
final class UserLookup {

  static final int MAX_PER_REQUEST = 100;

  private UserLookup() {}

  static Paged<User> byList(
      ApiClient api, String path, String param, Collection<String> values, String name) {
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(List.copyOf(values)));
    Require.noBlankElements(unique, name);
    List<String> chunks = new ArrayList<>();
    for (int from = 0; from < unique.size(); from += MAX_PER_REQUEST) {
      chunks.add(
          Wire.jsonArray(unique.subList(from, Math.min(unique.size(), from + MAX_PER_REQUEST))));
    }
    return new Paged<>(
        cursor -> {
          if (chunks.isEmpty()) {
            return new Page<>(List.of(), Optional.empty(), OptionalLong.of(0));
          }
          String chunk = cursor.first(param).orElse(chunks.get(0));
          int index = chunks.indexOf(chunk);
          if (index < 0) {
            throw new IllegalArgumentException("cursor does not belong to this lookup: " + param);
          }
          DuoRequest request = DuoRequest.get(path).param(param, chunk);
          List<User> users = api.callList(request, User.class);
          Optional<Params> next =
              index + 1 < chunks.size()
                  ? Optional.of(Params.of(param, chunks.get(index + 1)))
                  : Optional.empty();
          return new Page<>(users, next, OptionalLong.empty());
        });
  }
}
