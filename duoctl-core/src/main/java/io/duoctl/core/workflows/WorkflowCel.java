package io.duoctl.core.workflows;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CEL environment of a workflow expression: the variables it may read ({@code inputs}, {@code
 * steps.<id>.output} of earlier steps, {@code item}, {@code organization}) with their types where
 * known, and the cost limits every expression is held to. Compiling checks syntax and types.
 *
 * <p>Every expression is held to {@link WorkflowLimits}.
 */
final class WorkflowCel {
  static final int MAX_CHARS = WorkflowLimits.MAX_CHARS;

  /** The options every workflow expression compiles and runs with. */
  static final CelOptions OPTIONS = WorkflowLimits.OPTIONS;

  private static final String INPUTS_TYPE = "duoctl.workflow.Inputs";
  private static final String STEPS_TYPE = "duoctl.workflow.Steps";
  private static final String STEP_TYPE = "duoctl.workflow.Step";

  /** The outcome of compiling one expression: its checked syntax tree, or the problems. */
  record Compiled(Optional<CelAbstractSyntaxTree> ast, List<String> problems) {}

  private WorkflowCel() {}

  /** The CEL type of an input of {@code type}. */
  static CelType typeOf(InputType type) {
    return switch (type) {
      case INTEGER -> SimpleType.INT;
      case BOOLEAN -> SimpleType.BOOL;
      case STRING_LIST -> ListType.create(SimpleType.STRING);
      default -> SimpleType.STRING;
    };
  }

  /** The CEL type an action field of this kind takes. */
  static CelType typeOf(io.duoctl.core.actions.FieldKind kind) {
    return switch (kind) {
      case INTEGER -> SimpleType.INT;
      case BOOLEAN -> SimpleType.BOOL;
      case STRING_LIST -> ListType.create(SimpleType.STRING);
      case STRING_MAP -> MapType.create(SimpleType.STRING, SimpleType.STRING);
      default -> SimpleType.STRING;
    };
  }

  /**
   * The variables one expression sees.
   *
   * @param inputs the workflow's inputs and their types
   * @param steps the ids of the steps whose output it may read
   * @param item the type of {@code item}, or null when the step does not repeat over items
   * @param organization whether {@code organization} is declared (a step repeated over
   *     organizations)
   */
  record Scope(
      Map<String, CelType> inputs, List<String> steps, CelType item, boolean organization) {
    Scope {
      inputs = new LinkedHashMap<>(inputs);
      steps = List.copyOf(steps);
    }

    /** The names it declares, for messages. */
    String names() {
      StringBuilder names = new StringBuilder("inputs.<input>, now");
      if (!steps.isEmpty()) {
        names
            .append(", steps.<id>.output of the steps before (")
            .append(String.join(", ", steps))
            .append(')');
      }
      if (item != null) {
        names.append(", item");
      }
      if (organization) {
        names.append(", organization");
      }
      return names.toString();
    }

    CelCompiler compiler() {
      StructType step = struct(STEP_TYPE, Map.of("output", SimpleType.DYN));
      Map<String, CelType> stepFields = new LinkedHashMap<>();
      steps.forEach(id -> stepFields.put(id, step));
      StructType inputsType = struct(INPUTS_TYPE, inputs);
      StructType stepsType = struct(STEPS_TYPE, stepFields);
      var builder =
          CelCompilerFactory.standardCelCompilerBuilder()
              .setOptions(OPTIONS)
              .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
              .setTypeProvider(new Types(ImmutableList.of(inputsType, stepsType, step)))
              .addVar("inputs", inputsType)
              .addVar("steps", stepsType)
              .addVar("now", SimpleType.INT);
      if (item != null) {
        builder.addVar("item", item);
      }
      if (organization) {
        builder.addVar("organization", SimpleType.STRING);
      }
      return builder.build();
    }
  }

  /** Compiles {@code source} in {@code scope}: syntax, names and types. */
  static Compiled compile(Scope scope, String source) {
    if (source.isBlank()) {
      return new Compiled(Optional.empty(), List.of("the expression is empty"));
    }
    if (source.length() > MAX_CHARS) {
      return new Compiled(
          Optional.empty(), List.of("the expression is longer than " + MAX_CHARS + " characters"));
    }
    CelValidationResult result;
    try {
      result = scope.compiler().compile(source);
    } catch (RuntimeException e) {
      return new Compiled(Optional.empty(), List.of("cannot be compiled: " + e.getMessage()));
    }
    if (result.hasError()) {
      return new Compiled(
          Optional.empty(), result.getErrors().stream().map(i -> describe(scope, i)).toList());
    }
    try {
      return new Compiled(Optional.of(result.getAst()), List.of());
    } catch (CelValidationException e) {
      return new Compiled(Optional.empty(), List.of(e.getMessage()));
    }
  }

  private static String describe(Scope scope, CelIssue issue) {
    String message = issue.getMessage();
    int column = issue.getSourceLocation().getColumn();
    String where = column >= 0 ? " (at character " + (column + 1) + ")" : "";
    if (message.startsWith("undefined field") || message.startsWith("undeclared reference")) {
      return message + where + "; an expression here can read " + scope.names();
    }
    return message + where;
  }

  private static StructType struct(String name, Map<String, CelType> fields) {
    ImmutableMap<String, CelType> copy = ImmutableMap.copyOf(fields);
    return StructType.create(name, copy.keySet(), field -> Optional.ofNullable(copy.get(field)));
  }

  /** Resolves the struct types of one scope by name. */
  private record Types(ImmutableList<StructType> structs) implements CelTypeProvider {
    @Override
    public ImmutableCollection<CelType> types() {
      return ImmutableList.copyOf(structs);
    }

    @Override
    public Optional<CelType> findType(String typeName) {
      return structs.stream()
          .filter(t -> t.name().equals(typeName))
          .map(CelType.class::cast)
          .findFirst();
    }
  }
}
