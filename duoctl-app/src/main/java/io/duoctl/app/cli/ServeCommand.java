package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.TrustedProxies;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code duoctl serve}: runs the web server (REST API under {@code /api/v1}, {@code /health},
 * {@code /health/ready}, {@code /metrics}) over duoctl's data until Ctrl-C, then closes the server
 * and the data.
 */
@Command(
    name = "serve",
    description = {
      "Serves the REST API (/api/v1, /health, /health/ready, /metrics) until Ctrl-C, and runs"
          + " the schedules.",
      "Every route but /health and /health/ready needs 'Authorization: Bearer <token>'"
          + " (duoctl tokens create)."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private AppOptions options;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(
      names = "--host",
      defaultValue = WebServerOptions.DEFAULT_HOST,
      description =
          "Address to listen on (0.0.0.0 for every interface; put TLS in front). Default:"
              + " ${DEFAULT-VALUE}.")
  private String host;

  @Option(
      names = "--trusted-proxy",
      split = ",",
      paramLabel = "CIDR",
      description = {
        "A reverse proxy whose X-Forwarded-For header names the client, as an address or CIDR"
            + " range (IPv4 or IPv6), e.g. 10.0.0.0/8 or ::1. Repeat it, or separate with commas.",
        "Sign-in throttling counts the right-most address in X-Forwarded-For that is not a trusted"
            + " proxy. Default: none; the header is ignored and the socket's peer counts."
      })
  private List<String> trustedProxies = new ArrayList<>();

  @Override
  public Integer call() {
    WebServerOptions serverOptions;
    try {
      serverOptions = WebServerOptions.defaults().withHost(host).withPort(port);
    } catch (IllegalArgumentException bad) {
      throw new ParameterException(spec.commandLine(), bad.getMessage());
    }
    try {
      serverOptions = serverOptions.withTrustedProxies(TrustedProxies.of(trustedProxies));
    } catch (IllegalArgumentException bad) {
      throw new ParameterException(spec.commandLine(), "--trusted-proxy: " + bad.getMessage());
    }
    DuoctlCommand root = (DuoctlCommand) spec.root().userObject();
    boolean interrupted;
    try (Foreground foreground = Foreground.enter("duoctl-serve-shutdown");
        Duoctl app = root.open(options);
        WebServer server = WebServer.forDuoctl(app, serverOptions)) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "duoctl: serving " + server.baseUri() + " (REST API under /api/v1; Ctrl-C stops)");
      out.println("duoctl: web console at " + server.baseUri() + "/console/");
      if (!serverOptions.trustedProxies().isEmpty()) {
        out.println(
            "duoctl: X-Forwarded-For believed from "
                + String.join(", ", serverOptions.trustedProxies().ranges()));
      }
      app.firstOperatorSetup()
          .issueIfNeeded()
          .ifPresent(
              token ->
                  out.println(
                      "duoctl: no console operator yet; create the first one at "
                          + server.baseUri()
                          + "/console/setup with the one-time setup token "
                          + token
                          + " (or run 'duoctl operators create')"));
      int resumed = app.resumeInterruptedJobs().size();
      if (resumed > 0) {
        out.println("duoctl: resumed " + resumed + " job(s) whose process had stopped");
      }
      int runs = app.resumeInterruptedRuns();
      if (runs > 0) {
        out.println("duoctl: took over " + runs + " workflow run(s) whose process had stopped");
      }
      app.runSchedules();
      app.runLogExports();
      out.flush();
      interrupted = foreground.awaitStop();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ErrorHandler.OK;
  }
}
