import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap of another Java process on this machine, read with {@code jcmd}. */
final class ServerHeap {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private ServerHeap() {}

  /**
   * The heap in use by process {@code pid} after a full GC ({@code jcmd PID GC.run}, then {@code
   * GC.heap_info}), in MB.
   */
  static double afterFullGc(long pid) throws Exception {
    String jcmd =
        Path.of(ProcessHandle.current().info().command().orElseThrow())
            .resolveSibling("jcmd")
            .toString();
    run(jcmd, String.valueOf(pid), "GC.run");
    Matcher used = USED.matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
    }
    return Long.parseLong(used.group(1)) / 1024.0;
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }
}
