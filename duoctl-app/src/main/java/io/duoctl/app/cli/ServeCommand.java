package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code duoctl serve}: runs the web server (REST API under {@code /api/v1}, {@code /health}) over
 * duoctl's data until Ctrl-C, then closes the server and the data.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the REST API (/api/v1, /health) until Ctrl-C.",
      "Every route but /health needs 'Authorization: Bearer <token>' (duoctl tokens create)."
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

  @Override
  public Integer call() {
    WebServerOptions serverOptions;
    try {
      serverOptions = WebServerOptions.defaults().withHost(host).withPort(port);
    } catch (IllegalArgumentException bad) {
      throw new ParameterException(spec.commandLine(), bad.getMessage());
    }
    DuoctlCommand root = (DuoctlCommand) spec.root().userObject();
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stopped.countDown();
              awaitQuietly(closed);
            },
            "duoctl-serve-shutdown");
    boolean interrupted = false;
    try (Duoctl app = root.open(options);
        WebServer server = WebServer.forDuoctl(app, serverOptions)) {
      Runtime.getRuntime().addShutdownHook(hook);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "duoctl: serving " + server.baseUri() + " (REST API under /api/v1; Ctrl-C stops)");
      out.println("duoctl: web console at " + server.baseUri() + "/console/");
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
      out.flush();
      try {
        stopped.await();
      } catch (InterruptedException e) {
        interrupted = true;
        removeHook(hook);
      }
    } finally {
      closed.countDown();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ErrorHandler.OK;
  }

  /** On Ctrl-C the JVM waits for this hook, so the server and the data close before it exits. */
  private static void awaitQuietly(CountDownLatch closed) {
    try {
      closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The JVM is exiting and runs the hook, which waits for the close above.
    }
  }
}
