package io.duoctl.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.faults.Faults;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.http.RawRequest;
import io.duoctl.emulator.http.RawResponse;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import io.duoctl.emulator.ratelimit.TokenBucketRateLimiter;
import io.duoctl.emulator.record.RecordedRequest;
import io.duoctl.emulator.record.RequestJournal;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The emulator's own control API under {@code /__emulator/}, outside Duo's paths, guarded by {@code
 * Authorization: Bearer <control token>}. See the module README for the endpoints.
 */
public final class ControlEndpoint {

  /** Every control path starts with this. */
  public static final String PREFIX = "/__emulator/";

  private static final String JSON = "application/json";

  private final String token;
  private final Faults faults;
  private final RequestJournal journal;
  private final TokenBucketRateLimiter rateLimiter;
  private final EmulatorClock clock;
  private final Supplier<Object> state;
  private final BiFunction<String, String, Object> logs;
  private final ObjectMapper mapper;

  public ControlEndpoint(
      String token,
      Faults faults,
      RequestJournal journal,
      TokenBucketRateLimiter rateLimiter,
      EmulatorClock clock,
      Supplier<Object> state,
      BiFunction<String, String, Object> logs,
      ObjectMapper mapper) {
    this.token = token;
    this.faults = faults;
    this.journal = journal;
    this.rateLimiter = rateLimiter;
    this.clock = clock;
    this.state = state;
    this.logs = logs;
    this.mapper = mapper;
  }

  RawResponse serve(RawRequest request) {
    if (!authorized(request.header("authorization"))) {
      return error(401, "send Authorization: Bearer <control token printed at start>");
    }
    String what = request.path().substring(PREFIX.length());
    String method = request.method().toUpperCase(Locale.ROOT);
    try {
      return switch (what + " " + method) {
        case "state GET" -> ok(state.get());
        case "logs GET" -> {
          Map<String, String> query = query(request.query());
          yield ok(logs.apply(query.get("account_id"), query.getOrDefault("log", "")));
        }
        case "requests GET" -> ok(journal.all().stream().map(ControlEndpoint::view).toList());
        case "requests DELETE" -> {
          journal.clear();
          yield ok(Map.of("cleared", true));
        }
        case "faults GET" -> ok(faults.rules().stream().map(ControlEndpoint::view).toList());
        case "faults POST" -> {
          FaultRule rule = rule(body(request));
          faults.add(rule);
          yield ok(view(rule));
        }
        case "faults DELETE" -> {
          faults.clear();
          yield ok(Map.of("cleared", true));
        }
        case "latency GET" -> ok(latencyView(faults.latency()));
        case "latency PUT", "latency POST" -> {
          JsonNode body = body(request);
          faults.latency(
              Latency.ofMillis(body.path("fixed_ms").asLong(0), body.path("jitter_ms").asLong(0)));
          yield ok(latencyView(faults.latency()));
        }
        case "rate_limits GET" -> ok(rateLimiter.limits().perMinute());
        case "rate_limits PUT", "rate_limits POST" -> {
          rateLimiter.limits(limits(body(request)));
          yield ok(rateLimiter.limits().perMinute());
        }
        case "rate_limit_scope GET" -> ok(scopeView());
        case "rate_limit_scope PUT", "rate_limit_scope POST" -> {
          rateLimiter.scope(RateLimitScope.parse(body(request).path("scope").asText("")));
          yield ok(scopeView());
        }
        case "clock GET" -> ok(Map.of("now", clock.instant().toString()));
        case "clock POST" -> {
          JsonNode body = body(request);
          if (body.has("set")) {
            clock.set(Instant.parse(body.get("set").asText()));
          } else {
            clock.advance(Duration.ofSeconds(body.path("advance_seconds").asLong(0)));
          }
          yield ok(Map.of("now", clock.instant().toString()));
        }
        default -> error(404, "no control endpoint " + method + " " + request.path());
      };
    } catch (IllegalArgumentException | java.time.DateTimeException bad) {
      return error(400, bad.getMessage());
    }
  }

  private static Map<String, String> query(String query) {
    Map<String, String> values = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private boolean authorized(String header) {
    String expected = "Bearer " + token;
    return header != null
        && MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode body(RawRequest request) {
    try {
      return request.body().length == 0
          ? mapper.createObjectNode()
          : mapper.readTree(request.body());
    } catch (IOException e) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
  }

  /**
   * {@code {"fault":"status|disconnect|slow_body|rate_limit|delay|slow_answer", "status":503,
   * "pause_ms":200, "delay_ms":1000, "path":"/admin/*", "method":"GET", "probability":0.5,
   * "count":3}}.
   */
  static FaultRule rule(JsonNode body) {
    String kind = body.path("fault").asText("");
    Fault fault =
        switch (kind) {
          case "status" -> Fault.status(body.path("status").asInt(500));
          case "disconnect" -> Fault.disconnect();
          case "slow_body" -> Fault.slowBody(Duration.ofMillis(body.path("pause_ms").asLong(200)));
          case "rate_limit" -> Fault.rateLimited();
          case "delay" -> Fault.delay(Duration.ofMillis(body.path("delay_ms").asLong(1000)));
          case "slow_answer" ->
              Fault.slowAnswer(Duration.ofMillis(body.path("delay_ms").asLong(1000)));
          default ->
              throw new IllegalArgumentException(
                  "fault must be status, disconnect, slow_body, rate_limit, delay or slow_answer,"
                      + " not '"
                      + kind
                      + "'");
        };
    return new FaultRule(
        body.hasNonNull("method") ? body.get("method").asText() : null,
        body.path("path").asText("*"),
        body.path("probability").asDouble(1.0),
        body.path("count").asInt(FaultRule.UNLIMITED),
        fault);
  }

  private static RateLimits limits(JsonNode body) {
    Map<RateClass, Integer> limits = new EnumMap<>(RateClass.class);
    body.properties()
        .forEach(
            field -> {
              RateClass rateClass;
              try {
                rateClass = RateClass.valueOf(field.getKey().toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(
                    "rate class must be one of " + List.of(RateClass.values()));
              }
              limits.put(rateClass, field.getValue().asInt());
            });
    return new RateLimits(limits);
  }

  private Map<String, Object> scopeView() {
    return Map.of("scope", rateLimiter.scope().label());
  }

  static Map<String, Object> view(FaultRule rule) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("method", rule.method());
    view.put("path", rule.pathGlob());
    view.put("probability", rule.probability());
    view.put("count", rule.count());
    Fault fault = rule.fault();
    if (fault instanceof Fault.Status status) {
      view.put("fault", "status");
      view.put("status", status.status());
    } else if (fault instanceof Fault.SlowBody slow) {
      view.put("fault", "slow_body");
      view.put("pause_ms", slow.pause().toMillis());
    } else if (fault instanceof Fault.Delay delay) {
      view.put("fault", "delay");
      view.put("delay_ms", delay.delay().toMillis());
    } else if (fault instanceof Fault.SlowAnswer slow) {
      view.put("fault", "slow_answer");
      view.put("delay_ms", slow.delay().toMillis());
    } else {
      view.put("fault", fault instanceof Fault.Disconnect ? "disconnect" : "rate_limit");
    }
    return view;
  }

  private static Map<String, Object> latencyView(Latency latency) {
    return Map.of("fixed_ms", latency.fixed().toMillis(), "jitter_ms", latency.jitter().toMillis());
  }

  private static Map<String, Object> view(RecordedRequest request) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("sequence", request.sequence());
    view.put("received_at", request.receivedAt().toString());
    view.put("method", request.method());
    view.put("host", request.host());
    view.put("path", request.path());
    view.put("params", request.params().asMap());
    view.put("integration_key", request.integrationKey());
    view.put("status", request.status());
    return view;
  }

  private RawResponse ok(Object value) {
    try {
      return new RawResponse(200, JSON, mapper.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write control answer", e);
    }
  }

  private RawResponse error(int status, String message) {
    return new RawResponse(
        status,
        JSON,
        mapper
            .createObjectNode()
            .put("error", message)
            .toString()
            .getBytes(StandardCharsets.UTF_8));
  }
}
