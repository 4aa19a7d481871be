import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code duoctl serve} from the built jar on a data directory, with a short lease on the jobs and
 * workflow runs it runs ({@code DUOCTL_JOB_LEASE}): the crash harnesses' node, killed with {@code
 * kill -9} and started again, so that another start (or another node) takes its work over soon.
 *
 * @param name how its lines are shown, e.g. {@code server} or {@code node A}
 */
record LeasedServer(Process process, int port, String name) {

  /**
   * Starts it and returns once it serves; its errors, warnings and take-overs are printed.
   *
   * @param environment more environment, e.g. {@code DUOCTL_DB_URL} and its user and password for
   *     a database other than the data directory's embedded one, or {@code DUOCTL_LOG_EXPORT_POLL};
   *     empty for none
   */
  static LeasedServer start(
      Path jar,
      Path dataDir,
      Map<String, String> environment,
      int port,
      int leaseSeconds,
      String actor,
      String name)
      throws Exception {
    Map<String, String> all = new HashMap<>(environment);
    all.put("DUOCTL_DATA", dataDir.toString());
    all.put("DUOCTL_JOB_LEASE", String.valueOf(leaseSeconds));
    all.put("DUOCTL_ACTOR", actor);
    Process process =
        BenchServer.start(
            jar,
            port,
            jvmOptions(),
            all,
            name,
            line ->
                line.contains("ERROR")
                    || line.contains("WARN")
                    || line.contains("Exception")
                    || line.startsWith("duoctl: resumed")
                    || line.startsWith("duoctl: took over")
                    || line.contains("taking over workflow run"));
    return new LeasedServer(process, port, name);
  }

  /**
   * As {@code ./duoctl} starts it on Java 24 and newer: the CEL runtime of workflow expressions
   * reads memory through {@code sun.misc.Unsafe}, which those JVMs otherwise warn about on every
   * start.
   */
  private static List<String> jvmOptions() {
    return Runtime.version().feature() >= 24
        ? List.of("--sun-misc-unsafe-memory-access=allow")
        : List.of();
  }

  /** {@code kill -9}: nothing of it runs after this returns. */
  void kill() throws InterruptedException {
    BenchServer.kill(process);
  }

  /** Stops it as Ctrl-C would. */
  void stop() throws InterruptedException {
    BenchServer.stop(process);
  }
}
