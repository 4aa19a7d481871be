package io.duoctl.client.admin.logs;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Envelope;
import io.duoctl.client.http.Params;
import io.duoctl.client.paging.Page;
import io.duoctl.client.paging.Paged;
import java.util.Optional;
import java.util.function.Function;

/**
 * Paging by a cursor in {@code metadata.next_offset}, as the v2 logs and Trust Monitor do it: the
 * first request carries no cursor; each next one is the original request plus the parameter that
 * {@code cursor} makes of the previous page's {@code next_offset}.
 */
final class CursorPaging {

  private CursorPaging() {}

  static <T> Paged<T> paged(
      ApiClient api,
      DuoRequest first,
      String itemsField,
      Class<T> type,
      Function<JsonNode, Params> cursor) {
    return new Paged<>(
        current -> {
          DuoRequest request = first.params(current);
          Envelope envelope = api.envelope(request);
          JsonNode nextOffset = envelope.metadata().path("next_offset");
          Optional<Params> next =
              nextOffset.isMissingNode() || nextOffset.isNull()
                  ? Optional.empty()
                  : Optional.of(cursor.apply(nextOffset));
          if (next.isPresent() && next.get().equals(current)) {
            throw new DuoApiException(
                200,
                null,
                "Unexpected reply",
                "the log cursor did not advance",
                request.method().name(),
                request.path());
          }
          return new Page<>(
              api.convertList(request, envelope.response().path(itemsField), type),
              next,
              ApiClient.totalObjects(envelope.metadata()));
        });
  }

  /** {@code next_offset=ts,id}, from Duo's {@code [ts, id]} pair or its {@code "ts,id"} string. */
  static Params nextOffset(JsonNode nextOffset) {
    return Params.of("next_offset", joined(nextOffset));
  }

  /** {@code offset=<next_offset>}, as Trust Monitor takes its cursor back. */
  static Params offset(JsonNode nextOffset) {
    return Params.of("offset", joined(nextOffset));
  }

  static String joined(JsonNode value) {
    if (!value.isArray()) {
      return value.asText();
    }
    StringBuilder joined = new StringBuilder();
    for (JsonNode part : value) {
      if (!joined.isEmpty()) {
        joined.append(',');
      }
      joined.append(part.asText());
    }
    return joined.toString();
  }
}
