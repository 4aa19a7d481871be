package io.duoctl.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code duoctl serve} as a process of its own, started from this test JVM's class path with the
 * same Java: a node that a test can kill as {@code kill -9} does. Its warnings, errors and
 * take-overs are printed with its name, the rest of its output is read and dropped.
 */
final class ServeProcess implements AutoCloseable {
  private static final long START_SECONDS = 120;

  private final Process process;
  private final String name;

  private ServeProcess(Process process, String name) {
    this.process = process;
    this.name = name;
  }

  /** Starts one with {@code environment} added to this JVM's and returns once it serves. */
  static ServeProcess start(String name, Map<String, String> environment) throws IOException {
    List<String> command =
        new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
    if (Runtime.version().feature() >= 24) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "serve",
            "--port",
            String.valueOf(freePort())));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<Void> serving = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> echo(process, name, serving));
    try {
      serving.get(START_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | InterruptedException e) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not start serving: " + e, e);
    }
    return new ServeProcess(process, name);
  }

  private static void echo(Process process, String name, CompletableFuture<Void> serving) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("duoctl: serving")) {
          serving.complete(null);
        }
        if (line.contains("WARN")
            || line.contains("ERROR")
            || line.contains("Exception")
            || line.contains("taking over")
            || line.contains("took over")) {
          System.out.println(name + ": " + line);
        }
      }
    } catch (IOException ended) {
      // the process is gone
    }
    serving.completeExceptionally(new IllegalStateException(name + " ended"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  String name() {
    return name;
  }

  /** The node id its leases and launches carry starts with {@code node-<pid>-}. */
  boolean isNode(String nodeId) {
    return nodeId.startsWith("node-" + process.pid() + "-");
  }

  /** {@code kill -9}: nothing of it runs after this returns. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops it as Ctrl-C would, or kills it after 30 seconds. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
