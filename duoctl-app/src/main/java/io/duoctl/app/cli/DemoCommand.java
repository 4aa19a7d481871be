package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.app.demo.DemoDuo;
import io.duoctl.app.demo.DemoSetup;
import io.duoctl.app.demo.DemoSetup.DemoState;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.CreatedApiToken;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.settings.DuoApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code duoctl demo}: the emulated Duo with the demo MSP, duoctl set up against it in a private
 * data directory, and the server (REST API and console) in the foreground until Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a complete demo: the Duo emulator with a demo MSP (three customer accounts), duoctl"
          + " configured against it (settings saved and validated, organizations mapped, a"
          + " directory key set) and the server with the REST API and the web console.",
      "Prints the URLs, an admin API token and console credentials; Ctrl-C stops everything.",
      "Uses a fresh temporary data directory (removed at the end) unless --data names one."
    })
final class DemoCommand implements Callable<Integer> {
  static final String OPERATOR = "demo";
  static final String TOKEN_NAME = "demo-admin";

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description =
          "Port of the REST API and console (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(
      names = "--emulator-port",
      defaultValue = "0",
      description = "Port of the Duo emulator (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  private int emulatorPort;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Keep the demo's data in this new or empty directory instead of a temporary one.")
  private Path dataDir;

  @Override
  public Integer call() {
    Path data = dataDirectory();
    boolean interrupted;
    try (DemoDuo duo = DemoDuo.start(emulatorPort);
        Duoctl duoctl = root().openPrivate(data)) {
      DemoState state = new DemoSetup(duoctl).apply(duo);
      CreatedApiToken token =
          duoctl.apiTokens().create(TOKEN_NAME, ApiScope.ADMIN, Optional.empty(), DemoSetup.ACTOR);
      char[] password = newPassword();
      duoctl.operators().create(OPERATOR, password.clone(), ApiScope.ADMIN, DemoSetup.ACTOR);
      try (WebServer server =
          WebServer.forDuoctl(duoctl, WebServerOptions.defaults().withPort(port))) {
        printReady(server, duo, state, token, password, data);
        interrupted = Foreground.awaitShutdown("duoctl-demo-shutdown");
      }
    } finally {
      if (dataDir == null) {
        deleteRecursively(data);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ErrorHandler.OK;
  }

  private void printReady(
      WebServer server,
      DemoDuo duo,
      DemoState state,
      CreatedApiToken token,
      char[] password,
      Path data) {
    String base = server.baseUri().toString().replaceAll("/$", "");
    long mapped = state.organizations().stream().filter(Organization::isMapped).count();
    PrintWriter out = spec.commandLine().getOut();
    out.println("duoctl demo is ready.");
    out.println();
    out.println("  Console       " + base + "/");
    out.println("                sign in as " + OPERATOR + " / " + new String(password));
    out.println("  REST API      " + base + "/api/v1   (OpenAPI: " + base + "/api/openapi.json)");
    out.println("                admin token: " + token.plaintext());
    out.println(
        "                curl -H 'Authorization: Bearer "
            + token.plaintext()
            + "' "
            + base
            + "/api/v1/organizations");
    out.println(
        "  Emulated Duo  "
            + duo.emulator().baseUrl()
            + "   (MSP \""
            + duo.parent().name()
            + "\", control token "
            + duo.emulator().controlToken()
            + ")");
    out.println(
        "  CLI           ./duoctl --data " + data + " ...   (e.g. run users.list --all-orgs)");
    out.println();
    out.println("  Settings      " + validationLine(state));
    out.println(
        "  Organizations "
            + state.organizations().size()
            + ", "
            + mapped
            + " mapped to Duo accounts ("
            + state.mappedBySuggestion()
            + " by confident suggestion, "
            + state.mappedByHand()
            + " confirmed by hand), "
            + (state.organizations().size() - mapped)
            + " without a Duo account yet");
    out.println(
        "  Data          "
            + data
            + (dataDir == null ? "   (temporary: removed when the demo stops)" : ""));
    out.println();
    out.println("The token and password are shown only here. Ctrl-C stops the demo.");
    out.flush();
  }

  private static String validationLine(DemoState state) {
    StringBuilder line = new StringBuilder();
    for (DuoApi api : DuoApi.values()) {
      state
          .validation()
          .check(api)
          .ifPresent(
              check ->
                  line.append(line.isEmpty() ? "" : ", ")
                      .append(api.displayName())
                      .append(' ')
                      .append(check.status()));
    }
    return line.toString();
  }

  private Path dataDirectory() {
    try {
      if (dataDir == null) {
        return Files.createTempDirectory("duoctl-demo-");
      }
      if (Files.isDirectory(dataDir)) {
        try (Stream<Path> entries = Files.list(dataDir)) {
          if (entries.findAny().isPresent()) {
            throw new UsageException(
                "--data "
                    + dataDir
                    + " is not empty; the demo sets up a new duoctl, so give it a new or empty"
                    + " directory (or leave --data out for a temporary one)");
          }
        }
      }
      return dataDir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the demo's data directory", e);
    }
  }

  private static char[] newPassword() {
    byte[] random = new byte[15];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // A leftover temporary directory is harmless; the OS cleans its temp folder.
    }
  }

  private DuoctlCommand root() {
    return (DuoctlCommand) spec.root().userObject();
  }
}
