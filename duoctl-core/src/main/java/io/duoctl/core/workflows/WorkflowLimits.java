package io.duoctl.core.workflows;

import dev.cel.common.CelOptions;

/**
 * The cost limits of every CEL expression duoctl evaluates (workflow conditions and values, webhook
 * payload mappings): at most {@value #MAX_CHARS} characters, {@value #MAX_NODES} syntax nodes and
 * {@value #MAX_DEPTH} levels of nesting per expression, and (when it runs) at most {@value
 * #MAX_ITERATIONS} iterations of all comprehensions ({@code map}, {@code filter}, {@code exists},
 * ...) together and regular expressions of at most {@value #MAX_REGEX} program size. CEL has no
 * loops but comprehensions over finite lists and no side effects, so these bound the cost.
 */
public final class WorkflowLimits {
  public static final int MAX_CHARS = 2000;
  public static final int MAX_NODES = 500;
  public static final int MAX_DEPTH = 32;
  public static final int MAX_ITERATIONS = 10_000;
  public static final int MAX_REGEX = 100;

  /** The options every expression compiles and runs with. */
  public static final CelOptions OPTIONS =
      CelOptions.current()
          .maxExpressionCodePointSize(MAX_CHARS)
          .maxParseExpressionNodeCount(MAX_NODES)
          .maxParseRecursionDepth(MAX_DEPTH)
          .comprehensionMaxIterations(MAX_ITERATIONS)
          .maxRegexProgramSize(MAX_REGEX)
          .build();

  private WorkflowLimits() {}
}
