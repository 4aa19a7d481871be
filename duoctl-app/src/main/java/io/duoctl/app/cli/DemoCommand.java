package io.duoctl.app.cli;

import io.duoctl.app.AppConfig;
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
import io.duoctl.core.vocabulary.WireNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
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
    description = {
      "Starts a complete demo: the Duo emulator with a demo MSP (three customer accounts), duoctl"
          + " configured against it (settings saved and validated, organizations mapped, their"
          + " Auth API keys and a directory key set) and the server with the REST API and the web"
          + " console.",
      "Prints the URLs, an admin API token, console credentials and an export line for the"
          + " shell that makes the README's examples run against the demo; Ctrl-C stops"
          + " everything.",
      "Uses a fresh temporary data directory (removed at the end) unless --data names one."
    })
final class DemoCommand implements Callable<Integer> {
  static final String OPERATOR = "demo";
  static final String TOKEN_NAME = "demo-admin";

  /** The REST API's base URL, for the README's curl examples (duoctl itself never reads it). */
  static final String URL_VARIABLE = "DUOCTL_URL";

  /** The demo's admin API token, for the README's curl examples (duoctl never reads it). */
  static final String TOKEN_VARIABLE = "DUOCTL_TOKEN";

  private static final Pattern PLAIN_SHELL_WORD = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

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
    boolean interrupted;
    try (Foreground foreground = Foreground.enter("duoctl-demo-shutdown");
        DemoDataDirectory data = DemoDataDirectory.prepare(dataDir);
        DemoDuo duo = DemoDuo.start(emulatorPort);
        Duoctl duoctl = root().openPrivate(data.path())) {
      DemoState state = new DemoSetup(duoctl).apply(duo);
      CreatedApiToken token =
          duoctl.apiTokens().create(TOKEN_NAME, ApiScope.ADMIN, Optional.empty(), DemoSetup.ACTOR);
      char[] password = newPassword();
      duoctl.operators().create(OPERATOR, password.clone(), ApiScope.ADMIN, DemoSetup.ACTOR);
      try (WebServer server =
          WebServer.forDuoctl(duoctl, WebServerOptions.defaults().withPort(port))) {
        printReady(server, duo, state, token, password, data);
        duoctl.resumeInterruptedJobs();
        duoctl.resumeInterruptedRuns();
        duoctl.runSchedules();
        duoctl.runLogExports();
        interrupted = foreground.awaitStop();
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
      DemoDataDirectory data) {
    String base = server.baseUri().toString().replaceAll("/$", "");
    long mapped = state.organizations().stream().filter(Organization::isMapped).count();
    PrintWriter out = spec.commandLine().getOut();
    out.println("duoctl demo is ready.");
    out.println();
    out.println("  Console       " + base + "/console/");
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
        "  Shell         export "
            + AppConfig.DATA_DIR_VARIABLE
            + "="
            + shellWord(data.path().toString())
            + " "
            + URL_VARIABLE
            + "="
            + base
            + " "
            + TOKEN_VARIABLE
            + "="
            + token.plaintext());
    out.println(
        "                then the README's examples run as written in that shell, e.g."
            + " ./duoctl users list --all-orgs --status bypass");
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
            + data.path()
            + (data.temporary() ? "   (temporary: removed when the demo stops)" : ""));
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
                      .append(WireNames.of(check.status())));
    }
    return line.toString();
  }

  /** {@code text} as one word for a POSIX shell: bare when it can be, else single-quoted. */
  private static String shellWord(String text) {
    return PLAIN_SHELL_WORD.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  private static char[] newPassword() {
    byte[] random = new byte[15];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
  }

  private DuoctlCommand root() {
    return (DuoctlCommand) spec.root().userObject();
  }
}
