package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.app.mcp.McpCaller;
import io.duoctl.app.mcp.McpServers;
import io.duoctl.core.access.ApiScope;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code duoctl mcp}: serves duoctl's MCP server over stdin and stdout for an AI assistant that
 * starts it, until stdin closes. Stdout carries the protocol only: anything else written to {@code
 * System.out} meanwhile goes to stderr, with the logs.
 */
@Command(
    name = "mcp",
    description = {
      "Serves duoctl to an AI assistant (MCP over stdio) until stdin closes: the catalog's actions"
          + " as tools, organizations, mapping health and jobs as resources.",
      "Read-only actions by default; --scope run offers the actions that change Duo too. Actions"
          + " that hand out secrets (bypass codes, activation links) are never offered. Every call"
          + " is audited as mcp:<client> via <you>."
    })
final class McpCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private AppOptions options;

  @Option(
      names = "--scope",
      defaultValue = "read",
      completionCandidates = WireNameOptions.Scopes.class,
      description =
          "read (read-only actions) or run (also actions that change Duo; destructive ones over"
              + " several organizations still need confirm). Default: read.")
  private ApiScope scope;

  @Override
  public Integer call() throws InterruptedException {
    DuoctlCommand root = (DuoctlCommand) spec.root().userObject();
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream stdout = System.out;
    System.setOut(System.err);
    CountDownLatch closed = new CountDownLatch(1);
    try (Duoctl app = root.open(options)) {
      McpSyncServer server =
          McpServers.stdio(
              app,
              new McpCaller(app.actor(), scope),
              new EndSignallingInput(new FileInputStream(FileDescriptor.in), closed),
              protocol);
      closed.await();
      server.closeGracefully();
    } finally {
      System.setOut(stdout);
    }
    return ErrorHandler.OK;
  }

  /** Stdin that says when it has ended, so the command can stop. */
  private static final class EndSignallingInput extends FilterInputStream {
    private final CountDownLatch ended;

    EndSignallingInput(InputStream in, CountDownLatch ended) {
      super(in);
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      return ended(super.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return ended(super.read(b, off, len));
    }

    private int ended(int n) {
      if (n < 0) {
        ended.countDown();
      }
      return n;
    }
  }
}
