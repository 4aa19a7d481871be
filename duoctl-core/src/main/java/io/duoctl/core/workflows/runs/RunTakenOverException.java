package io.duoctl.core.workflows.runs;

/**
 * This node no longer holds the run: its lease lapsed and another node took the run over, or the
 * run ended. The execution here stops without writing anything more.
 */
public final class RunTakenOverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunTakenOverException(String runId) {
    super(
        "workflow run "
            + runId
            + " is no longer held by this node: another node took it over (see `duoctl workflows"
            + " show-run "
            + runId
            + "`)");
  }
}
