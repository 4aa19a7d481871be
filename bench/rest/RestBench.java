import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.mapping.DuoImport;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * {@code users.get} on one organization over the real REST server against a zero-latency emulator
 * without rate limits (pacing off: duoctl's pacer would hold 2,000 single reads to Duo's 300 a
 * minute), one request at a time on one keep-alive connection. Per request, duoctl's own time is
 * the response time minus the Duo calls' time the server reports in its {@code Server-Timing}
 * header ({@code duo;dur=…}). Prints percentiles, CPU per request, and where the handler's own time
 * goes (JFR execution samples of the request threads, 1 ms apart).
 *
 * <p>Run: bench/rest/run.sh [requests] [warm_up]
 */
public final class RestBench {

  private static final Pattern DUO = Pattern.compile("duo;dur=([0-9.]+)");
  private static final Pattern TOTAL = Pattern.compile("total;dur=([0-9.]+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    Path dataDir = Files.createTempDirectory("duoctl-rest-bench");
    try (DuoEmulator duo = DuoEmulator.builder().tls(false).rateLimits(RateLimits.none()).build()) {
      Fixture.generate(1, 100, 1).applyTo(duo.world());
      duo.start();
      Clock clock = Clock.systemUTC();
      try (Duoctl app =
              Duoctl.start(
                  new AppConfig(dataDir, null, null, null, null, RestSetup.ACTOR),
                  clock,
                  DuoClientFactory.system().unpaced());
          WebServer server =
              WebServer.forDuoctl(app, WebServerOptions.defaults().withPort(0));
          HttpClient http =
              HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        String organization = RestSetup.configure(app, duo);
        String token =
            app.apiTokens().create("bench", ApiScope.READ, Optional.empty(), RestSetup.ACTOR).plaintext();
        URI base = server.baseUri();
        String username = firstUsername(http, base, token, organization);
        HttpRequest get =
            HttpRequest.newBuilder(base.resolve("/api/v1/actions/users.get/run"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.createObjectNode()
                            .put("organization", organization)
                            .set("input", JSON.createObjectNode().put("user", username))
                            .toString()))
                .build();
        System.out.printf(
            "users.get of %s in %s, %d warm-up requests, then %d measured; pacing off,"
                + " emulator without latency or rate limits, in this JVM%n",
            username, organization, warmUp, requests);
        for (int i = 0; i < warmUp; i++) {
          send(http, get);
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double[] response = new double[requests];
        double[] duoMs = new double[requests];
        double[] own = new double[requests];
        double[] outside = new double[requests];
        Path jfr = Files.createTempFile("rest-bench", ".jfr");
        long cpuStart;
        long wallStart;
        try (Recording recording = new Recording()) {
          recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
          recording.start();
          cpuStart = cpuNanos();
          wallStart = System.nanoTime();
          for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> reply = send(http, get);
            double ms = (System.nanoTime() - t0) / 1e6;
            String timing = reply.headers().firstValue("Server-Timing").orElseThrow();
            response[i] = ms;
            duoMs[i] = number(DUO, timing);
            own[i] = ms - duoMs[i];
            outside[i] = ms - number(TOTAL, timing);
          }
          recording.stop();
          recording.dump(jfr);
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        print("response time", response);
        print("Duo calls (Server-Timing duo)", duoMs);
        print("duoctl's own time", own);
        print("  of which outside the API handlers (Jetty, loopback)", outside);
        System.out.printf(
            "%d requests in %.2f s (%.0f/s); CPU of this JVM (emulator and client included):"
                + " %.2f s = %.2f ms per request; load average %.1f before, %.1f after"
                + " (%d cores)%n",
            requests,
            wall,
            requests / wall,
            cpu,
            cpu * 1000 / requests,
            loadBefore,
            loadAfter,
            Runtime.getRuntime().availableProcessors());
        profile(jfr);
        Files.deleteIfExists(jfr);
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
    }
  }

  private static String firstUsername(
      HttpClient http, URI base, String token, String organization) throws Exception {
    HttpRequest list =
        HttpRequest.newBuilder(base.resolve("/api/v1/actions/users.list/run"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"organization\": " + JSON.writeValueAsString(organization) + "}"))
            .build();
    JsonNode data = JSON.readTree(send(http, list).body()).path("data");
    JsonNode users = data.isArray() ? data : data.path("users");
    return users.get(0).path("username").asText();
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 200) {
      throw new IllegalStateException("answered " + reply.statusCode() + ": " + reply.body());
    }
    return reply;
  }

  private static double number(Pattern pattern, String header) {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in Server-Timing: " + header);
    }
    return Double.parseDouble(m.group(1));
  }

  private static void print(String what, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%-55s p50 %6.3f ms  p90 %6.3f ms  p99 %6.3f ms  max %7.3f ms%n",
        what,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  private static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /**
   * Where a request thread's sample falls: the innermost frame naming a known piece of work, else
   * the innermost duoctl frame's module.
   */
  private static final Map<String, String> PIECES = new LinkedHashMap<>();

  private static final Map<String, String> MODULES = new LinkedHashMap<>();

  static {
    PIECES.put("io.duoctl.client.internal.ExchangeInterceptor", "Duo exchange (java.net.http)");
    PIECES.put("io.duoctl.client.internal.SigningInterceptor", "signing the Duo call");
    PIECES.put("io.duoctl.client.", "duo-client (encode, parse Duo's JSON)");
    PIECES.put("io.duoctl.core.access.", "token check");
    PIECES.put("io.duoctl.core.settings.ConfiguredDuoClient", "Duo client: settings revision");
    PIECES.put("io.duoctl.core.settings.", "configuration load (settings, secrets)");
    PIECES.put("io.duoctl.core.secrets.", "configuration load (settings, secrets)");
    PIECES.put("io.duoctl.core.mapping.", "organization resolution");
    PIECES.put("io.duoctl.core.orgs.", "organization resolution");
    PIECES.put("io.duoctl.core.actions.MappedOrganizationResolver", "organization resolution");
    PIECES.put("io.duoctl.core.actions.AuditLogActionTrail", "audit write");
    PIECES.put("io.duoctl.core.audit.", "audit write");
    PIECES.put("io.duoctl.core.actions.InputValidator", "input validation");
    PIECES.put("io.duoctl.app.api.actions.RunRequest", "request body");
    PIECES.put("io.duoctl.app.api.RequestBodies", "request body");
    PIECES.put("io.duoctl.app.api.actions.ResultJson", "response JSON");
    PIECES.put("io.duoctl.core.actions.ActionJson", "response JSON");
    MODULES.put("io.duoctl.core.", "runner, other");
    MODULES.put("io.duoctl.app.", "API layer, other");
  }

  private static String piece(List<RecordedFrame> frames) {
    for (Map<String, String> names : List.of(PIECES, MODULES)) {
      for (RecordedFrame frame : frames) {
        for (Map.Entry<String, String> e : names.entrySet()) {
          if (type(frame).startsWith(e.getKey())) {
            return e.getValue();
          }
        }
      }
    }
    return "Javalin, other";
  }

  private static void profile(Path jfr) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> leaves = new TreeMap<>();
    Map<String, Integer> leafs = new TreeMap<>();
    int total = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      boolean handler =
          frames.stream().anyMatch(f -> type(f).equals("io.duoctl.app.api.ApiModule"));
      if (!handler) {
        continue;
      }
      total++;
      String piece = piece(frames);
      counts.merge(piece, 1, Integer::sum);
      if (piece.equals(System.getProperty("bench.inside", piece))) {
        leafs.merge(
            frames.stream()
                .limit(Integer.getInteger("bench.depth", 1))
                .map(f -> type(f).replaceAll(".*\\.", "") + "." + f.getMethod().getName())
                .reduce((a, b) -> b + ">" + a)
                .orElseThrow(),
            1,
            Integer::sum);
      }
      frames.stream()
          .filter(f -> type(f).startsWith("io.duoctl."))
          .findFirst()
          .ifPresent(f -> leaves.merge(type(f) + "." + f.getMethod().getName(), 1, Integer::sum));
    }
    System.out.printf(
        "profile of the API handlers' threads (%d JFR samples, 1 ms apart; where the own time"
            + " inside the handlers goes):%n",
        total);
    int all = Math.max(1, total);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            e ->
                System.out.printf(
                    "  %5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
    top("innermost duoctl frames, top 12:", leaves, all);
    if (System.getProperty("bench.inside") != null || Boolean.getBoolean("bench.leaves")) {
      top("innermost frames, top 12 (bench.inside, bench.depth):", leafs, all);
    }
  }

  private static void top(String title, Map<String, Integer> counts, int all) {
    System.out.println(title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(12)
        .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
  }

  private static String type(RecordedFrame frame) {
    return frame.getMethod().getType().getName();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

}
