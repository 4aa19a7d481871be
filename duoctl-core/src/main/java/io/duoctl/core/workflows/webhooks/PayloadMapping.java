package io.duoctl.core.workflows.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.workflows.WorkflowLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A webhook's mapping: a CEL expression that reads {@code payload} (the delivery's JSON) and yields
 * a map of the workflow's inputs, or an empty map (or {@code null}) when the delivery is not one to
 * act on. Besides standard CEL it has the string functions ({@code split}, {@code trim}, {@code
 * lowerAscii}, ...), {@code cel.bind} and {@code json(text)}, which reads JSON held in a string (a
 * ConnectWise callback's {@code Entity}). Held to {@link WorkflowLimits}. Immutable and
 * thread-safe.
 */
final class PayloadMapping {
  static final String PAYLOAD = "payload";
  static final String FIELD = "mapping";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_FUNCTION = "json";
  private static final String JSON_OVERLOAD = "json_string";

  private static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(WorkflowLimits.OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addLibraries(CelExtensions.strings(), CelExtensions.bindings())
          .addVar(PAYLOAD, SimpleType.DYN)
          .addFunctionDeclarations(
              CelFunctionDecl.newFunctionDeclaration(
                  JSON_FUNCTION,
                  CelOverloadDecl.newGlobalOverload(
                      JSON_OVERLOAD, SimpleType.DYN, SimpleType.STRING)))
          .build();

  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.legacyCelRuntimeBuilder()
          .setOptions(WorkflowLimits.OPTIONS)
          .addLibraries(CelExtensions.strings())
          .addFunctionBindings(
              CelFunctionBinding.from(JSON_OVERLOAD, String.class, PayloadMapping::readJson))
          .build();

  private final CelRuntime.Program program;

  private PayloadMapping(CelRuntime.Program program) {
    this.program = program;
  }

  /**
   * Compiles {@code source}.
   *
   * @throws IllegalArgumentException listing the problems when it does not compile or cannot yield
   *     a map ({@link #problems} says the same without throwing)
   */
  static PayloadMapping compile(String source) {
    Compiled compiled = check(source);
    if (!compiled.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", compiled.problems()));
    }
    try {
      return new PayloadMapping(RUNTIME.createProgram(compiled.ast().orElseThrow()));
    } catch (CelEvaluationException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** What is wrong with {@code source}: syntax, names, types, limits; empty when nothing is. */
  static List<String> problems(String source) {
    return check(source).problems();
  }

  private record Compiled(Optional<CelAbstractSyntaxTree> ast, List<String> problems) {}

  private static Compiled check(String source) {
    if (source == null || source.isBlank()) {
      return failed("is empty; write a CEL expression that yields the workflow's inputs");
    }
    if (source.length() > WorkflowLimits.MAX_CHARS) {
      return failed(
          "is longer than " + WorkflowLimits.MAX_CHARS + " characters; shorten the expression");
    }
    CelValidationResult result;
    try {
      result = COMPILER.compile(source);
    } catch (RuntimeException e) {
      return failed("cannot be compiled: " + e.getMessage());
    }
    if (result.hasError()) {
      return new Compiled(
          Optional.empty(), result.getErrors().stream().map(PayloadMapping::describe).toList());
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = result.getAst();
    } catch (CelValidationException e) {
      return failed(e.getMessage());
    }
    CelType type = ast.getResultType();
    boolean mapOrNothing =
        type.kind() == CelKind.DYN
            || type.kind() == CelKind.NULL_TYPE
            || (type.kind() == CelKind.MAP
                && List.of(CelKind.STRING, CelKind.DYN).contains(type.parameters().get(0).kind()));
    if (!mapOrNothing) {
      return failed(
          "yields "
              + type.name()
              + "; it must yield a map of the workflow's inputs by name, e.g. {'user':"
              + " payload.user}");
    }
    return new Compiled(Optional.of(ast), List.of());
  }

  private static Compiled failed(String problem) {
    return new Compiled(Optional.empty(), List.of(problem));
  }

  private static String describe(CelIssue issue) {
    int line = issue.getSourceLocation().getLine();
    int column = issue.getSourceLocation().getColumn();
    String where = column >= 0 ? " (line " + line + ", column " + (column + 1) + ")" : "";
    String message = issue.getMessage() + where;
    return message.startsWith("undeclared reference")
        ? message + "; a mapping reads payload, the delivery's JSON"
        : message;
  }

  /**
   * The inputs this mapping yields for {@code payload}; empty when it yields an empty map or null.
   * Inputs it sets to null are left out, so their defaults apply.
   *
   * @throws WebhookMappingException naming {@code mapping} when it fails on this payload or yields
   *     something other than a map
   */
  Optional<ObjectNode> apply(JsonNode payload) {
    Object result;
    try {
      result = program.eval(Map.of(PAYLOAD, CelValues.of(payload)));
    } catch (CelEvaluationException | RuntimeException e) {
      throw failure("failed on this delivery: " + e.getMessage());
    }
    JsonNode inputs;
    try {
      inputs = CelValues.toJson(result);
    } catch (IllegalArgumentException e) {
      throw failure(e.getMessage());
    }
    if (inputs.isNull() || (inputs.isObject() && inputs.isEmpty())) {
      return Optional.empty();
    }
    if (!inputs.isObject()) {
      throw failure(
          "yielded "
              + inputs.getNodeType().name().toLowerCase(Locale.ROOT)
              + " for this delivery; it must yield a map of the workflow's inputs");
    }
    ObjectNode object = (ObjectNode) inputs;
    List<String> unset = new ArrayList<>();
    for (Map.Entry<String, JsonNode> input : object.properties()) {
      if (input.getValue().isNull()) {
        unset.add(input.getKey());
      }
    }
    object.remove(unset);
    return object.isEmpty() ? Optional.empty() : Optional.of(object);
  }

  private static WebhookMappingException failure(String message) {
    return new WebhookMappingException(
        "the webhook's mapping did not yield the workflow's inputs",
        List.of(new FieldError(FIELD, message)));
  }

  private static Object readJson(String text) throws CelEvaluationException {
    try {
      return CelValues.of(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      throw new CelEvaluationException("json(): the text is not JSON");
    }
  }
}
