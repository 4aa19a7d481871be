package io.duoctl.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.internal.Json;
import io.duoctl.client.internal.SafePath;
import io.duoctl.client.paging.Page;
import io.duoctl.client.paging.Paged;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Duo target bound to a transport: sends requests and reads Duo's envelope into JSON or
 * records. The typed API resources are thin layers over it; it is also the raw-request API.
 * Immutable and thread-safe.
 */
public final class ApiClient {

  private final Transport transport;
  private final DuoTarget target;
  private final ObjectMapper mapper;

  public ApiClient(Transport transport, DuoTarget target) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.target = Objects.requireNonNull(target, "target");
    this.mapper = Json.mapper();
  }

  public DuoTarget target() {
    return target;
  }

  /** The same transport bound to another target. */
  public ApiClient withTarget(DuoTarget other) {
    return new ApiClient(transport, other);
  }

  /**
   * Sends the request and reads the OK envelope.
   *
   * @throws DuoApiException on an error reply, a non-JSON body, or {@code "stat"} other than OK
   */
  public Envelope envelope(DuoRequest request) {
    return envelope(request, transport.send(target, request));
  }

  private Envelope envelope(DuoRequest request, DuoResponse response) {
    JsonNode root;
    try {
      root = mapper.readTree(response.body());
    } catch (IOException notJson) {
      throw unexpected(request, response.status(), "the reply was not JSON");
    }
    if (root == null || !"OK".equals(root.path("stat").asText())) {
      throw unexpected(request, response.status(), "the reply did not say stat OK");
    }
    return Envelope.of(root);
  }

  /** Sends the request and returns its {@code response} value as JSON. */
  public JsonNode call(DuoRequest request) {
    return envelope(request).response();
  }

  /** Sends the request and maps its {@code response} value to {@code type}. */
  public <T> T call(DuoRequest request, Class<T> type) {
    return convert(request, call(request), mapper.constructType(type));
  }

  /** Sends the request and maps its {@code response} value to {@code type}. */
  public <T> T call(DuoRequest request, TypeReference<T> type) {
    return convert(request, call(request), mapper.constructType(type));
  }

  /** Sends the request and maps its {@code response} array to a list of {@code type}. */
  public <T> List<T> callList(DuoRequest request, Class<T> type) {
    return listReply(request, type).items();
  }

  /**
   * Sends the request and reads its {@code response} list straight into records; a reply that is
   * not a plain OK list is read through {@link #envelope} so it fails exactly as there.
   */
  private <T> ListReply<T> listReply(DuoRequest request, Class<T> type) {
    DuoResponse response = transport.send(target, request);
    return ListReply.read(mapper, response.bodyView(), type)
        .orElseGet(
            () -> {
              Envelope envelope = envelope(request, response);
              return new ListReply<>(
                  convertList(request, envelope.response(), type), envelope.metadata());
            });
  }

  /** Sends the request and returns the raw body (for image endpoints such as logos). */
  public byte[] bytes(DuoRequest request) {
    return transport.send(target, request).body();
  }

  /**
   * A lazily paged list over Duo's offset paging: {@code limit} defaults to {@code pageSize} (give
   * the endpoint's maximum), {@code offset} starts at the request's own or 0, and each next page
   * follows {@code metadata.next_offset} until it is absent or null.
   */
  public <T> Paged<T> offsetPaged(DuoRequest request, Class<T> type, int pageSize) {
    DuoRequest first =
        request.params().has("limit")
            ? request
            : request.param("limit", Integer.toString(pageSize));
    DuoRequest start = first.params().has("offset") ? first : first.param("offset", "0");
    return new Paged<>(
        cursor -> {
          DuoRequest pageRequest = start.params(cursor);
          ListReply<T> reply = listReply(pageRequest, type);
          JsonNode next = reply.metadata().path("next_offset");
          Optional<Params> nextParams =
              next.isMissingNode() || next.isNull()
                  ? Optional.empty()
                  : Optional.of(Params.of("offset", next.asText()));
          return new Page<>(reply.items(), nextParams, totalObjects(reply.metadata()));
        });
  }

  /** Duo's {@code total_objects}: an integer, or an object with a {@code value}. */
  public static OptionalLong totalObjects(JsonNode metadata) {
    JsonNode total = metadata.path("total_objects");
    if (total.isObject()) {
      total = total.path("value");
    }
    return total.canConvertToLong() ? OptionalLong.of(total.asLong()) : OptionalLong.empty();
  }

  /** Maps a JSON value to {@code type} as this client reads Duo's objects. */
  public <T> T convert(DuoRequest request, JsonNode value, Class<T> type) {
    return convert(request, value, mapper.constructType(type));
  }

  /** Maps a JSON array to a list of {@code type}. */
  public <T> List<T> convertList(DuoRequest request, JsonNode array, Class<T> type) {
    if (!array.isArray()) {
      throw unexpected(request, 200, "expected a list in the reply");
    }
    List<T> items = new ArrayList<>(array.size());
    JavaType javaType = mapper.constructType(type);
    for (JsonNode item : array) {
      items.add(convert(request, item, javaType));
    }
    return items;
  }

  private <T> T convert(DuoRequest request, JsonNode value, JavaType type) {
    try {
      return mapper.treeToValue(value, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw unexpected(
          request, 200, "the reply did not match " + type.getRawClass().getSimpleName());
    }
  }

  private static DuoApiException unexpected(DuoRequest request, int status, String what) {
    return new DuoApiException(
        status,
        null,
        "Unexpected reply",
        what,
        request.method().name(),
        SafePath.of(request.path()));
  }
}
