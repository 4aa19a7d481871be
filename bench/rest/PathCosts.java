import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionRun;
import io.duoctl.core.actions.AuditLogActionTrail;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU time of each step duoctl takes on a REST request's path besides the Duo call, one step
 * at a time on this thread (thread CPU time, so a loaded machine inflates it far less than wall
 * time): the token check, the configuration the runner needs, resolving the organization, and the
 * run's audit entry. Uses only what every duoctl version has, so the same file measures the code
 * before and after a change (run.sh costs; see README.md).
 */
public final class PathCosts {


  public static void main(String[] args) throws Exception {
    int times = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path dataDir = Files.createTempDirectory("duoctl-rest-costs");
    try (DuoEmulator duo = DuoEmulator.builder().tls(false).rateLimits(RateLimits.none()).build()) {
      Fixture.generate(1, 10, 1).applyTo(duo.world());
      duo.start();
      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, RestSetup.ACTOR))) {
        String organization = RestSetup.configure(app, duo);
        String token =
            app.apiTokens().create("bench", ApiScope.READ, Optional.empty(), RestSetup.ACTOR).plaintext();
        ObjectNode input = new ObjectMapper().createObjectNode().put("user", "someone");
        AuditLogActionTrail trail = new AuditLogActionTrail(app.database().jdbi(), app.audit());
        ActionRun run =
            new ActionRun(
                "api:bench", "org-id", organization, "users.get", input, true, null, null,
                Duration.ofMillis(2), false, Optional.empty());
        System.out.printf("CPU time of each step, %d times after as many to warm up, this thread;"
            + " load average %.1f%n", times,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        measure("token check (apiTokens().authenticate)", times,
            () -> app.apiTokens().authenticate(token).orElseThrow());
        measure("configuration (settings().get + actionRunner)", times,
            () -> {
              app.settings().get(null);
              app.actionRunner(null);
            });
        measure("organization resolution (resolver.resolve for the Admin API)", times,
            () -> app.organizationResolver(null).resolve(organization, DuoApi.ADMIN));
        measure("audit entry of a run (AuditLogActionTrail.record)", times, () -> trail.record(run));
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
    }
  }

  private static void measure(String what, int times, Runnable step) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < times; i++) {
      step.run();
    }
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < times; i++) {
      step.run();
    }
    double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / times;
    double wallMicros = (System.nanoTime() - wall) / 1e3 / times;
    System.out.printf("  %-62s %7.1f us CPU  %7.1f us wall%n", what, cpuMicros, wallMicros);
  }

}
