import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** {@code duoctl serve} from the built jar as a process of its own: the benches' shared start. */
final class BenchServer {

  private BenchServer() {}

  /**
   * Starts {@code java [jvmOptions] -jar jar serve --port port} with {@code environment} added and
   * returns once it says it is serving; its lines that {@code shown} accepts are printed.
   */
  static Process start(
      Path jar,
      int port,
      List<String> jvmOptions,
      Map<String, String> environment,
      Predicate<String> shown)
      throws Exception {
    return start(jar, port, jvmOptions, environment, "server", shown);
  }

  /** As {@link #start(Path, int, List, Map, Predicate)}, its lines shown after {@code name}. */
  static Process start(
      Path jar,
      int port,
      List<String> jvmOptions,
      Map<String, String> environment,
      String name,
      Predicate<String> shown)
      throws Exception {
    List<String> command =
        new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "serve", "--port", String.valueOf(port)));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<Void> serving = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith("duoctl: serving")) {
                    serving.complete(null);
                  }
                  if (shown.test(line)) {
                    System.out.println("  " + name + ": " + line);
                  }
                }
              } catch (IOException ended) {
                // the process is gone (killed, or stopped)
              }
              serving.completeExceptionally(new IllegalStateException("serve ended"));
            });
    serving.get(180, TimeUnit.SECONDS);
    return process;
  }

  /** A port free on this machine now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Kills {@code process} as {@code kill -9} does and waits until it is gone. */
  static void kill(Process process) throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Asks {@code process} to stop (SIGTERM); kills it if it has not within 30 seconds. */
  static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill(process);
    }
  }
}
