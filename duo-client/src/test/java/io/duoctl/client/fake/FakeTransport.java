package io.duoctl.client.fake;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.Transport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A transport that records every request and answers from a queue of canned replies, in order. An
 * unexpected request (empty queue) fails the test.
 */
public final class FakeTransport implements Transport {

  public static final DuoTarget TARGET =
      DuoTarget.of(
          "api-1a2b3c4d.duosecurity.com",
          "DIWJ8X6AEYOR5OMC6TQ1",
          "secret-key-40-chars-long-xxxxxxxxxxxxxxx");

  /** One request as the transport received it. */
  public record Sent(DuoTarget target, DuoRequest request) {}

  private final Deque<Object> replies = new ArrayDeque<>();
  private final List<Sent> sent = new ArrayList<>();

  /** An API client for {@link #TARGET} over this transport. */
  public ApiClient client() {
    return new ApiClient(this, TARGET);
  }

  /** Queues {@code {"stat":"OK","response":<responseJson>}}. */
  public FakeTransport ok(String responseJson) {
    return body("{\"stat\": \"OK\", \"response\": " + responseJson + "}");
  }

  /** Queues an OK reply with top-level metadata, as Duo's offset-paged lists send it. */
  public FakeTransport ok(String responseJson, String metadataJson) {
    return body(
        "{\"stat\": \"OK\", \"response\": "
            + responseJson
            + ", \"metadata\": "
            + metadataJson
            + "}");
  }

  /** Queues a whole JSON body. */
  public FakeTransport body(String json) {
    replies.add(
        new DuoResponse(
            200,
            Map.of("content-type", List.of("application/json")),
            json.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Queues raw bytes with a content type. */
  public FakeTransport bytes(byte[] body, String contentType) {
    replies.add(new DuoResponse(200, Map.of("content-type", List.of(contentType)), body));
    return this;
  }

  /** Queues a failure, as the real transport throws it for an error reply. */
  public FakeTransport fail(DuoApiException failure) {
    replies.add(failure);
    return this;
  }

  @Override
  public DuoResponse send(DuoTarget target, DuoRequest request) {
    sent.add(new Sent(target, request));
    Object reply = replies.poll();
    if (reply == null) {
      throw new AssertionError("unexpected request " + request + " " + request.params().asMap());
    }
    if (reply instanceof DuoApiException failure) {
      throw failure;
    }
    return (DuoResponse) reply;
  }

  /** Every request so far, in order. */
  public List<DuoRequest> requests() {
    return sent.stream().map(Sent::request).toList();
  }

  /** Every request with its target. */
  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** The one request sent so far. */
  public DuoRequest onlyRequest() {
    if (sent.size() != 1) {
      throw new AssertionError("expected one request, got " + requests());
    }
    return sent.get(0).request();
  }

  /** Whether every queued reply was used. */
  public boolean drained() {
    return replies.isEmpty();
  }
}
