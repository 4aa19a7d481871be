import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Heap of {@code duoctl serve} (the built jar, a process of its own at {@code -Xmx256m}) while
 * {@code users.list} jobs over 50, 100, 200 and 400 organizations of 1,000 users each stream their
 * rows to this driver as NDJSON. The emulator runs as a process of its own too ({@code duoctl
 * emulator}). After each job the server's heap is measured after a full GC ({@code jcmd GC.run},
 * then {@code GC.heap_info}): it must stay flat, whatever the organizations × users.
 *
 * <p>Run: bench/memory/run.sh [max_orgs] [users] [latency_ms] [server_heap]
 */
public final class MemoryBench {

  private static final String CONFIG = "bench";
  private static final String ACTOR = "bench:memory";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    int maxOrgs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long latencyMs = args.length > 2 ? Long.parseLong(args[2]) : 80;
    String serverHeap = args.length > 3 ? args[3] : "256m";
    Path jar = Path.of("duoctl-app/target/duoctl.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("build the jar first: " + jar);
    }
    Path dataDir = Files.createTempDirectory("duoctl-memory");
    long loading = System.nanoTime();
    EmulatorProcess emulator =
        EmulatorProcess.start(jar, maxOrgs, users, latencyMs, "account");
    Process server = null;
    try {
      System.out.printf(
          "emulator (pid %d): %d child accounts x %d users, %d ms latency, rate limits per"
              + " account; up in %.1f s%n",
          emulator.pid(), maxOrgs, users, latencyMs, seconds(loading));
      List<String> organizations = emulator.organizations();
      String token;
      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
        emulator.configure(app, CONFIG, ACTOR);
        token = app.apiTokens().create("memory", ApiScope.READ, Optional.empty(), ACTOR).plaintext();
      }
      int port = BenchServer.freePort();
      server =
          BenchServer.start(
              jar,
              port,
              List.of("-Xmx" + serverHeap),
              Map.of("DUOCTL_DATA", dataDir.toString(), "DUOCTL_ACTOR", ACTOR),
              line -> line.contains("ERROR") || line.contains("OutOfMemory"));
      System.out.printf(
          "server (pid %d): duoctl serve -Xmx%s; heap used after GC at start: %.1f MB%n",
          server.pid(), serverHeap, ServerHeap.afterFullGc(server.pid()));
      System.out.printf("%6s %8s %8s %10s %10s %22s%n", "orgs", "rows", "ok", "users", "wall s",
          "heap after GC (MB)");
      boolean failed = false;
      for (int orgs = 50; orgs <= maxOrgs; orgs *= 2) {
        long start = System.nanoTime();
        String jobId = startJob(port, token, organizations.subList(0, orgs));
        Count count = streamRows(port, token, jobId);
        double wall = seconds(start);
        double heap = ServerHeap.afterFullGc(server.pid());
        boolean complete = count.rows == orgs && count.ok == orgs && count.users == (long) orgs * users;
        failed |= !complete;
        System.out.printf(
            "%6d %8d %8d %10d %10.1f %22.1f%s%n",
            orgs, count.rows, count.ok, count.users, wall, heap, complete ? "" : "  INCOMPLETE");
      }
      if (failed) {
        System.exit(1);
      }
    } finally {
      if (server != null) {
        BenchServer.stop(server);
      }
      emulator.stop();
      BenchFiles.deleteTree(dataDir);
    }
  }

  private record Count(int rows, int ok, long users) {}

  /** Reads the job's NDJSON row stream to its end, keeping nothing but counts. */
  private static Count streamRows(int port, String token, String jobId) throws Exception {
    HttpResponse<InputStream> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/jobs/" + jobId + "/rows"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/x-ndjson")
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("rows answered " + response.statusCode());
    }
    int rows = 0;
    int ok = 0;
    long users = 0;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode row = JSON.readTree(line);
        rows++;
        if (row.path("ok").asBoolean()) {
          ok++;
          users += row.path("data").size();
        }
      }
    }
    return new Count(rows, ok, users);
  }

  private static String startJob(int port, String token, List<String> organizations)
      throws Exception {
    ObjectNode body = JSON.createObjectNode().put("action", "users.list").put("configuration", CONFIG);
    ArrayNode names = body.putArray("organizations");
    organizations.forEach(names::add);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/jobs"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException("job not started: " + response.body());
    }
    return JSON.readTree(response.body()).path("id").asText();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

}
