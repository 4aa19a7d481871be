package io.duoctl.core.workflows.runs;

/**
 * This node is stopping while a run waits: the run stops here without writing, and another node
 * takes it over when this node's lease lapses.
 */
public final class NodeStoppingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NodeStoppingException() {
    super("this node is stopping; another node takes the workflow run over when its lease lapses");
  }
}
