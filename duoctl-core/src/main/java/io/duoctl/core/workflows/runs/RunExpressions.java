package io.duoctl.core.workflows.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.primitives.UnsignedLong;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.duoctl.core.workflows.WorkflowValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates a workflow's CEL expressions while it runs. The definition was checked with the typed
 * scope of each expression; here every variable is dynamic ({@code inputs} and {@code steps} maps,
 * {@code item}, {@code organization}) and values are JSON. The cost limits are the checker's.
 * Thread-safe; programs are compiled once per expression text.
 */
final class RunExpressions {

  private final CelCompiler compiler =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(io.duoctl.core.workflows.WorkflowLimits.OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar("inputs", MapType.create(SimpleType.STRING, SimpleType.DYN))
          .addVar("steps", MapType.create(SimpleType.STRING, SimpleType.DYN))
          .addVar("item", SimpleType.DYN)
          .addVar("organization", SimpleType.DYN)
          .addVar("now", SimpleType.INT)
          .build();
  private final CelRuntime runtime =
      CelRuntimeFactory.legacyCelRuntimeBuilder()
          .setOptions(io.duoctl.core.workflows.WorkflowLimits.OPTIONS)
          .build();
  private final Map<String, CelRuntime.Program> programs = new ConcurrentHashMap<>();

  /**
   * What an expression can read at one point of a run.
   *
   * @param now when the run started, in Unix seconds: the same on every node and after a take-over
   */
  record Scope(
      JsonNode inputs, Map<String, JsonNode> steps, JsonNode item, String organization, long now) {
    Scope {
      steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }
  }

  /** A value that cannot be computed: the message says why, e.g. {@code no such key: user_id}. */
  static final class EvaluationFailure extends Exception {
    private static final long serialVersionUID = 1L;

    EvaluationFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The value of {@code value} in {@code scope}: a literal as written, an expression computed. */
  JsonNode value(WorkflowValue value, Scope scope) throws EvaluationFailure {
    return switch (value) {
      case WorkflowValue.Literal literal -> literal.value();
      case WorkflowValue.Expression expression -> evaluate(expression.source(), scope);
    };
  }

  /** Whether the condition holds; a condition that is not a boolean fails. */
  boolean holds(WorkflowValue.Expression condition, Scope scope) throws EvaluationFailure {
    JsonNode value = evaluate(condition.source(), scope);
    if (!value.isBoolean()) {
      throw new EvaluationFailure(
          "the condition " + condition + " gave " + value + ", not true or false", null);
    }
    return value.booleanValue();
  }

  private JsonNode evaluate(String source, Scope scope) throws EvaluationFailure {
    CelRuntime.Program program = programs.computeIfAbsent(source, this::compile);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("inputs", toCel(scope.inputs()));
    Map<String, Object> steps = new LinkedHashMap<>();
    scope.steps().forEach((id, output) -> steps.put(id, Map.of("output", toCel(output))));
    variables.put("steps", steps);
    variables.put("now", scope.now());
    variables.put("item", toCel(scope.item()));
    variables.put(
        "organization",
        scope.organization() == null
            ? dev.cel.common.values.NullValue.NULL_VALUE
            : scope.organization());
    try {
      return toJson(program.eval(variables));
    } catch (CelEvaluationException e) {
      throw new EvaluationFailure(e.getMessage(), e);
    }
  }

  private CelRuntime.Program compile(String source) {
    try {
      CelAbstractSyntaxTree ast = compiler.compile(source).getAst();
      return runtime.createProgram(ast);
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalStateException(
          "a checked workflow expression does not compile: " + source, e);
    }
  }

  static Object toCel(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return dev.cel.common.values.NullValue.NULL_VALUE;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(toCel(element)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), toCel(e.getValue())));
    return map;
  }

  static JsonNode toJson(Object value) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    return switch (value) {
      case null -> json.nullNode();
      case String text -> json.textNode(text);
      case Boolean bool -> json.booleanNode(bool);
      case Long number -> json.numberNode(number);
      case Integer number -> json.numberNode(number);
      case Double number -> json.numberNode(number);
      case UnsignedLong number -> json.numberNode(number.bigIntegerValue());
      case List<?> list -> {
        ArrayNode array = json.arrayNode();
        list.forEach(element -> array.add(toJson(element)));
        yield array;
      }
      case Map<?, ?> map -> {
        ObjectNode object = json.objectNode();
        map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
        yield object;
      }
      default ->
          value.getClass().getSimpleName().contains("NullValue")
              ? json.nullNode()
              : json.textNode(value.toString());
    };
  }
}
