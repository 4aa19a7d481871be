package io.duoctl.core.workflows;

import dev.cel.common.CelOptions;

/**
 * The cost limits every CEL expression duoctl compiles and runs is held to, workflow expressions
 * and webhook mappings alike: at most {@value #MAX_CHARS} characters, {@value #MAX_NODES} syntax
 * nodes and {@value #MAX_DEPTH} levels of nesting, and when it runs {@value #MAX_ITERATIONS}
 * comprehension iterations in all.
 */
public final class CelLimits {
  /** The longest expression, in characters. */
  public static final int MAX_CHARS = WorkflowCel.MAX_CHARS;

  /** The most syntax nodes an expression may have. */
  public static final int MAX_NODES = WorkflowCel.MAX_NODES;

  /** The deepest nesting an expression may have. */
  public static final int MAX_DEPTH = WorkflowCel.MAX_DEPTH;

  /** The most iterations of all comprehensions together, when an expression runs. */
  public static final int MAX_ITERATIONS = WorkflowCel.MAX_ITERATIONS;

  private CelLimits() {}

  /** The options that enforce these limits, for compiling and for running. */
  public static CelOptions options() {
    return WorkflowCel.OPTIONS;
  }
}
