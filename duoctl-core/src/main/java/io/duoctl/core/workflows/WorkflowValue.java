package io.duoctl.core.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A value in a definition: a {@link Literal}, or an {@link Expression} in CEL written <code>
 * ${{ ... }}</code> (the whole string; there is no interpolation inside longer text).
 */
public sealed interface WorkflowValue permits WorkflowValue.Literal, WorkflowValue.Expression {

  /** A value as written: a string, number, boolean, list or map without expressions. */
  record Literal(JsonNode value) implements WorkflowValue {
    public Literal {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A CEL expression.
   *
   * @param source the CEL text between <code>${{</code> and <code>}}</code>, trimmed
   */
  record Expression(String source) implements WorkflowValue {
    private static final String OPEN = "${{";
    private static final String CLOSE = "}}";

    public Expression {
      Objects.requireNonNull(source, "source");
    }

    /** Whether {@code text} is written as an expression: <code>${{ ... }}</code>. */
    public static boolean isWritten(String text) {
      String t = text.strip();
      return t.startsWith(OPEN)
          && t.endsWith(CLOSE)
          && t.length() >= OPEN.length() + CLOSE.length();
    }

    /** Whether {@code text} holds <code>${{</code> without being an expression as a whole. */
    static boolean isEmbedded(String text) {
      return text.contains(OPEN) && !isWritten(text);
    }

    /** The expression written as {@code text}; call {@link #isWritten} first. */
    public static Expression of(String text) {
      String t = text.strip();
      return new Expression(t.substring(OPEN.length(), t.length() - CLOSE.length()).strip());
    }

    @Override
    public String toString() {
      return OPEN + " " + source + " " + CLOSE;
    }
  }

  /**
   * The value {@code node} is written as: an expression when it is a string <code>${{ ... }}</code>
   * .
   */
  static WorkflowValue of(JsonNode node) {
    return node.isTextual() && Expression.isWritten(node.textValue())
        ? Expression.of(node.textValue())
        : new Literal(node);
  }
}
