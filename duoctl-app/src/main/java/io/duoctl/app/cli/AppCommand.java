package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on duoctl's data: opens the composition root with the shared options, runs,
 * and closes it. Subclasses implement {@link #run(Duoctl)} and return an exit code.
 */
abstract class AppCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AppOptions options;

  @Override
  public final Integer call() {
    if (options.output == AppOptions.Format.xlsx && !acceptsXlsx()) {
      throw AppOptions.xlsxRefused();
    }
    DuoctlCommand root = (DuoctlCommand) spec.root().userObject();
    try (Duoctl app = root.open(options)) {
      return run(app);
    }
  }

  abstract int run(Duoctl app);

  /** Whether the command writes {@code -o xlsx}; the others refuse it before opening anything. */
  boolean acceptsXlsx() {
    return false;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Terminal terminal() {
    return ((DuoctlCommand) spec.root().userObject()).terminal();
  }

  /** The configuration named by {@code --config}, or null for the default. */
  String configuration() {
    return options.configuration;
  }

  void print(Table table) {
    out().print(table.render(options.output));
    out().flush();
  }

  /** A line for people (to stderr when the output is JSON or CSV, so pipes stay clean). */
  void say(String line) {
    PrintWriter target = options.output == AppOptions.Format.table ? out() : err();
    target.println(line);
    target.flush();
  }
}
