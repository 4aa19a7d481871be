package io.duoctl.app.cli;

import io.duoctl.client.DuoApiException;
import io.duoctl.core.actions.InvalidActionInputException;
import io.duoctl.core.actions.UnknownActionException;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import io.duoctl.core.reports.UnknownReportException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes: usage errors, an unknown action and any invalid
 * input (an action's fields, an organization's name or tags, settings, a tag no organization has)
 * exit 2, everything else 1 (an action that ran and failed is a 1 too), each printed as one clear
 * line per problem (our exception messages name the field and the fix and never carry secrets).
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  /**
   * No run failed, but for at least one the outcome at Duo is unknown: a change was sent and no
   * answer came (look before rerunning; a rerun of a create or delete looks first).
   */
  static final int OUTCOME_UNKNOWN = 3;

  /** Ctrl-C during a fan-out: the job was cancelled (128 + SIGINT, as shells report it). */
  static final int INTERRUPTED = 130;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (e instanceof UsageException) {
      err.println("duoctl: " + e.getMessage());
      err.println(
          "See 'duoctl "
              + command.getCommandSpec().qualifiedName(" ").replaceFirst("^duoctl ", "")
              + " --help'.");
      err.flush();
      return USAGE;
    }
    if (e instanceof UnknownActionException || e instanceof UnknownReportException) {
      err.println("duoctl: " + e.getMessage());
      err.flush();
      return USAGE;
    }
    if (e instanceof InvalidInputException invalid) {
      err.println("duoctl: " + headline(invalid));
      for (FieldError error : invalid.errors()) {
        err.println("  " + error.field() + ": " + error.message());
      }
      if (e instanceof InvalidActionInputException) {
        err.println("See 'duoctl actions describe " + actionOf(invalid) + "' for the fields.");
      }
      err.flush();
      return USAGE;
    } else if (e instanceof DuoApiException duo) {
      err.println("duoctl: " + duo.getMessage());
    } else {
      err.println(
          "duoctl: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
    err.flush();
    return FAILED;
  }

  private static String actionOf(InvalidInputException e) {
    String headline = headline(e);
    return headline.substring(headline.lastIndexOf(' ') + 1);
  }

  private static String headline(InvalidInputException e) {
    String message = e.getMessage();
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(0, colon);
  }
}
