package io.duoctl.core.logexport.sinks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.logexport.SampleEvents;
import io.duoctl.core.logexport.SinkRejectedException;
import io.duoctl.core.logexport.SinkUnavailableException;
import io.duoctl.core.logexport.sinks.tls.TlsTrust;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSinkTest {
  private static final String TOKEN = "hec-token-0123456789abcdef";
  private static final String ES_OK = "{\"took\":3,\"errors\":false,\"items\":[]}";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:20:00Z"));
  private final List<Duration> waits = new ArrayList<>();
  private final List<ExportedEvent> batch =
      List.of(
          SampleEvents.authentication("tx-1", "jdoe", "denied"),
          SampleEvents.administrator("adm-1", "Ann Admin", "created jdoe"));

  @Test
  void jsonBatch_postsOneArrayOfExportedEventsWithTheAuthorization() {
    try (HttpReceiver receiver = new HttpReceiver("{}");
        HttpSink sink =
            open(
                new JsonBatchSinkConfig(
                    "hook", receiver.url("/in"), Secret.of("Bearer " + TOKEN), options()))) {
      sink.deliver(batch);

      HttpReceiver.Request request = receiver.requests().getFirst();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/in");
      assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(request.header("Content-Type")).isEqualTo("application/json");
      assertThat(SampleEvents.json(request.body()))
          .containsExactly(ExportedEventJson.of(batch.get(0)), ExportedEventJson.of(batch.get(1)));
    }
  }

  @Test
  void splunkHec_sendsConcatenatedEventsWithTimeHostSourceAndIndex() throws Exception {
    try (HttpReceiver receiver = new HttpReceiver("{\"text\":\"Success\",\"code\":0}");
        HttpSink sink =
            open(
                new SplunkHecSinkConfig(
                    "splunk",
                    receiver.url("/"),
                    Secret.of(TOKEN),
                    "duo",
                    null,
                    null,
                    "duoctl-1",
                    options()))) {
      sink.deliver(batch);

      HttpReceiver.Request request = receiver.requests().getFirst();
      assertThat(request.path()).isEqualTo("/services/collector/event");
      assertThat(request.header("Authorization")).isEqualTo("Splunk " + TOKEN);
      List<JsonNode> events =
          new ObjectMapper()
              .readerFor(JsonNode.class)
              .<JsonNode>readValues(request.body())
              .readAll();
      assertThat(events).hasSize(2);
      assertThat(events.get(0).get("time").decimalValue()).isEqualByComparingTo("1796638530.25");
      assertThat(events.get(0).get("host").asText()).isEqualTo("duoctl-1");
      assertThat(events.get(0).get("source").asText()).isEqualTo("duoctl");
      assertThat(events.get(0).get("sourcetype").asText()).isEqualTo("duoctl:authentication");
      assertThat(events.get(1).get("sourcetype").asText()).isEqualTo("duoctl:administrator");
      assertThat(events.get(0).get("index").asText()).isEqualTo("duo");
      assertThat(events.get(0).get("event")).isEqualTo(ExportedEventJson.of(batch.get(0)));
    }
  }

  @Test
  void elasticsearch_sendsBulkIndexActionsWithTheKeyAsId() {
    try (HttpReceiver receiver = new HttpReceiver(ES_OK);
        HttpSink sink =
            open(
                ElasticsearchSinkConfig.of(
                    "es", receiver.url(""), Secret.of("a2V5OnNlY3JldA=="), options()))) {
      sink.deliver(batch);

      HttpReceiver.Request request = receiver.requests().getFirst();
      assertThat(request.path()).isEqualTo("/_bulk");
      assertThat(request.header("Content-Type")).isEqualTo("application/x-ndjson");
      assertThat(request.header("Authorization")).isEqualTo("ApiKey a2V5OnNlY3JldA==");
      List<JsonNode> lines = request.body().lines().map(SampleEvents::json).toList();
      assertThat(lines).hasSize(4);
      assertThat(lines.get(0))
          .isEqualTo(
              SampleEvents.json(
                  "{\"index\":{\"_index\":\"duoctl-authentication\",\"_id\":\"tx-1\"}}"));
      assertThat(lines.get(1)).isEqualTo(ExportedEventJson.of(batch.get(0)));
      assertThat(lines.get(2).at("/index/_index").asText()).isEqualTo("duoctl-administrator");
      assertThat(request.body()).endsWith("\n");
    }
  }

  @Test
  void elasticsearch_itemRefusedForItsContentRejectsTheBatch() {
    String partial =
        """
        {"errors":true,"items":[
          {"index":{"_id":"tx-1","status":201}},
          {"index":{"_id":"adm-1","status":400,"error":{"type":"mapper_parsing_exception",
            "reason":"failed to parse field [event.timestamp]"}}}]}
        """;
    try (HttpReceiver receiver = new HttpReceiver(ES_OK).then(200, partial, Map.of());
        HttpSink sink = open(ElasticsearchSinkConfig.of("es", receiver.url(""), null, options()))) {
      assertThatThrownBy(() -> sink.deliver(batch))
          .isInstanceOf(SinkRejectedException.class)
          .hasMessage(
              "sink es: Elasticsearch refused 1 of the batch's events (e.g. _id adm-1: 400"
                  + " mapper_parsing_exception failed to parse field [event.timestamp]); check the"
                  + " index mapping of duoctl-{log}");
      assertThat(receiver.requests()).hasSize(1);
    }
  }

  @Test
  void elasticsearch_itemsRefusedAs429AreSentAgain() {
    String busy =
        "{\"errors\":true,\"items\":[{\"index\":{\"_id\":\"tx-1\",\"status\":429,"
            + "\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}}}]}";
    try (HttpReceiver receiver = new HttpReceiver(ES_OK).then(200, busy, Map.of());
        HttpSink sink = open(ElasticsearchSinkConfig.of("es", receiver.url(""), null, options()))) {
      sink.deliver(batch);

      assertThat(receiver.requests()).hasSize(2);
      assertThat(receiver.requests().get(1).body()).isEqualTo(receiver.requests().get(0).body());
      assertThat(waits).hasSize(1);
    }
  }

  @Test
  void tooManyRequests_waitsTheRetryAfterThenSends() {
    try (HttpReceiver receiver =
            new HttpReceiver("{}")
                .then(429, "{\"error\":\"slow down\"}", Map.of("Retry-After", "3"));
        HttpSink sink =
            open(new JsonBatchSinkConfig("hook", receiver.url("/in"), null, options()))) {
      sink.deliver(batch);

      assertThat(receiver.requests()).hasSize(2);
      assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }
  }

  @Test
  void retryAfterBeyondTheBackoffBound_isUnavailableWithTheWaitAndHoldsTheNextDelivery() {
    try (HttpReceiver receiver =
            new HttpReceiver("{}").then(503, "", Map.of("Retry-After", "120"));
        HttpSink sink =
            open(new JsonBatchSinkConfig("hook", receiver.url("/in"), null, options()))) {
      assertThatThrownBy(() -> sink.deliver(batch))
          .isInstanceOfSatisfying(
              SinkUnavailableException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)))
          .hasMessageContaining("answered 503; it asks to slow down");

      clock.advance(Duration.ofSeconds(60));
      assertThatThrownBy(() -> sink.deliver(batch))
          .isInstanceOfSatisfying(
              SinkUnavailableException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(60)))
          .hasMessageContaining("holding back for 60 s more");
      assertThat(receiver.requests()).hasSize(1);

      clock.advance(Duration.ofSeconds(60));
      sink.deliver(batch);
      assertThat(receiver.requests()).hasSize(2);
    }
  }

  @Test
  void serverErrors_areRetriedWithGrowingBackoffThenUnavailable() {
    try (HttpReceiver receiver = new HttpReceiver("{}");
        HttpSink sink =
            open(new JsonBatchSinkConfig("hook", receiver.url("/in"), null, options()))) {
      for (int i = 0; i < 10; i++) {
        receiver.then(500, "{\"error\":\"boom\"}", Map.of());
      }
      assertThatThrownBy(() -> sink.deliver(batch))
          .isInstanceOf(SinkUnavailableException.class)
          .hasMessage(
              "sink hook: "
                  + receiver.url("/in")
                  + " answered 500: {\"error\":\"boom\"} (after 5 attempts); the batch will be"
                  + " sent again later");

      assertThat(receiver.requests()).hasSize(5);
      assertThat(waits)
          .containsExactly(
              Duration.ofMillis(750),
              Duration.ofMillis(1250),
              Duration.ofMillis(2250),
              Duration.ofMillis(4250));
    }
  }

  @Test
  void unauthorized_isRejectedAtOnceWithoutTheToken() {
    try (HttpReceiver receiver =
            new HttpReceiver("{}")
                .then(401, "{\"text\":\"Invalid token " + TOKEN + "\",\"code\":4}", Map.of());
        HttpSink sink =
            open(SplunkHecSinkConfig.of("splunk", receiver.url(""), Secret.of(TOKEN), options()))) {
      assertThatThrownBy(() -> sink.deliver(batch))
          .isInstanceOf(SinkRejectedException.class)
          .hasMessageContaining("answered 401: {\"text\":\"Invalid token [redacted]\",\"code\":4}")
          .hasMessageContaining("check the sink's token or API key")
          .message()
          .doesNotContain(TOKEN);
      assertThat(receiver.requests()).hasSize(1);
    }
  }

  @Test
  void serverStoppedThenRestarted_isUnavailableThenDelivers() {
    try (HttpReceiver receiver = new HttpReceiver("{}");
        HttpSink sink =
            open(
                new JsonBatchSinkConfig(
                    "hook",
                    receiver.url("/in"),
                    null,
                    options().withMaxBackoff(Duration.ofSeconds(1))))) {
      sink.deliver(batch);
      receiver.stop();

      assertThatThrownBy(() -> sink.deliver(batch))
          .isInstanceOf(SinkUnavailableException.class)
          .hasMessageContaining("cannot connect to " + receiver.url("/in"))
          .hasMessageContaining("(after 3 attempts)");

      receiver.start();
      sink.deliver(batch);
      assertThat(receiver.requests()).hasSize(2);
    }
  }

  private HttpOptions options() {
    return new HttpOptions(Duration.ofSeconds(5), Duration.ofSeconds(4), TlsTrust.jdkDefault());
  }

  private HttpSink open(HttpSinkConfig config) {
    return HttpSink.open(
        config,
        null,
        "test-host",
        clock,
        wait -> {
          waits.add(wait);
          clock.advance(wait);
        },
        () -> 0.5);
  }
}
