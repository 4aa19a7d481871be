import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.Duoctl;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code duoctl emulator} from the built jar as a process of its own, seeded with a generated MSP
 * ({@code --tenants/--users}, seed 1), plain HTTP through its proxy: the benches' emulator when
 * the server under test is a process too.
 *
 * @param parent the parent account as the emulator describes itself
 * @param organizations the child accounts' names, sorted
 */
record EmulatorProcess(
    Process process, JsonNode parent, List<String> organizations, InetSocketAddress proxy) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Starts it and returns once it has described itself (its fixture generated and loaded).
   *
   * @param rateLimitScope {@code integration} or {@code account}
   */
  static EmulatorProcess start(
      Path jar, int tenants, int users, long latencyMs, String rateLimitScope) throws Exception {
    Process process =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx6g", "-jar", jar.toString(), "emulator", "--port", "0", "--no-tls",
                "--tenants", String.valueOf(tenants), "--users", String.valueOf(users),
                "--latency-ms", String.valueOf(latencyMs), "--rate-limit-scope", rateLimitScope)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String line =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      if (line == null) {
        throw new IllegalStateException("the emulator ended before describing itself");
      }
      JsonNode described = JSON.readTree(line);
      List<String> organizations = new ArrayList<>();
      JsonNode parent = null;
      for (JsonNode account : described.path("accounts")) {
        if (account.path("parent_account_id").isNull()) {
          parent = account;
        } else {
          organizations.add(account.path("name").asText());
        }
      }
      if (parent == null) {
        throw new IllegalStateException("the emulator described no parent account");
      }
      organizations.sort(Comparator.naturalOrder());
      String[] proxy = described.path("proxy").asText().split(":");
      return new EmulatorProcess(
          process,
          parent,
          List.copyOf(organizations),
          new InetSocketAddress(proxy[0], Integer.parseInt(proxy[1])));
    } catch (Exception e) {
      BenchServer.stop(process);
      throw e;
    }
  }

  /** Sets duoctl up over it as {@link BenchMsp#configure} does, with the parent's keys. */
  void configure(Duoctl app, String name, String actor) {
    JsonNode keys = accountsApi();
    BenchMsp.configure(
        app,
        name,
        actor,
        parent.path("api_hostname").asText(),
        keys.path("integration_key").asText(),
        keys.path("secret_key").asText(),
        proxy,
        organizations.size());
  }

  long pid() {
    return process.pid();
  }

  /** Asks it to stop, as {@link BenchServer#stop} does. */
  void stop() throws InterruptedException {
    BenchServer.stop(process);
  }

  private JsonNode accountsApi() {
    for (JsonNode integration : parent.path("integrations")) {
      if (integration.path("type").asText().equals("accountsapi")) {
        return integration;
      }
    }
    throw new IllegalStateException("the parent account has no Accounts API integration");
  }
}
