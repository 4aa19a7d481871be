package io.duoctl.core.logexport.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.workflows.WorkflowLimits;
import io.duoctl.core.workflows.webhooks.CelValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CEL environment of a log rule: {@code event} (Duo's JSON of the entry, as a map), {@code log}
 * (the log's wire name, e.g. {@code authentication}) and {@code org} ({@code org.id}, {@code
 * org.name}), with CEL's string functions and {@code cel.bind}. Held to {@link WorkflowLimits}.
 * Thread-safe.
 */
final class LogRuleCel {
  static final String EVENT = "event";
  static final String LOG = "log";
  static final String ORG = "org";

  private static final StructType ORG_TYPE =
      StructType.create(
          "duoctl.logrules.Org",
          ImmutableSet.of("id", "name"),
          field -> Optional.<CelType>of(SimpleType.STRING).filter(t -> isOrgField(field)));

  private static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(WorkflowLimits.OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addLibraries(CelExtensions.strings(), CelExtensions.bindings())
          .setTypeProvider(new OrgTypes())
          .addVar(EVENT, SimpleType.DYN)
          .addVar(LOG, SimpleType.STRING)
          .addVar(ORG, ORG_TYPE)
          .build();

  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.legacyCelRuntimeBuilder()
          .setOptions(WorkflowLimits.OPTIONS)
          .addLibraries(CelExtensions.strings())
          .build();

  /** What a compiled expression must yield. */
  enum Yields {
    BOOL,
    ANY
  }

  private LogRuleCel() {}

  private static boolean isOrgField(String field) {
    return field.equals("id") || field.equals("name");
  }

  /**
   * Compiles {@code source}, the rule's {@code field}; adds an error naming the field and the
   * position of each problem to {@code errors}.
   *
   * @return the program, or empty when it has problems
   */
  static Optional<CelRuntime.Program> compile(
      String field, String source, Yields yields, List<FieldError> errors) {
    if (source == null || source.isBlank()) {
      errors.add(new FieldError(field, "is empty; write a CEL expression"));
      return Optional.empty();
    }
    if (source.length() > WorkflowLimits.MAX_CHARS) {
      errors.add(
          new FieldError(
              field, "is longer than " + WorkflowLimits.MAX_CHARS + " characters; shorten it"));
      return Optional.empty();
    }
    CelAbstractSyntaxTree ast;
    try {
      CelValidationResult result = COMPILER.compile(source);
      if (result.hasError()) {
        result.getErrors().forEach(issue -> errors.add(new FieldError(field, describe(issue))));
        return Optional.empty();
      }
      ast = result.getAst();
    } catch (CelValidationException | RuntimeException e) {
      errors.add(new FieldError(field, "cannot be compiled: " + e.getMessage()));
      return Optional.empty();
    }
    CelKind kind = ast.getResultType().kind();
    if (yields == Yields.BOOL && kind != CelKind.BOOL && kind != CelKind.DYN) {
      errors.add(
          new FieldError(
              field,
              "yields "
                  + ast.getResultType().name()
                  + "; a condition must yield true or false, e.g. event.result == \"fraud\""));
      return Optional.empty();
    }
    try {
      return Optional.of(RUNTIME.createProgram(ast));
    } catch (CelEvaluationException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return Optional.empty();
    }
  }

  private static String describe(CelIssue issue) {
    int line = issue.getSourceLocation().getLine();
    int column = issue.getSourceLocation().getColumn();
    String where = column >= 0 ? " (line " + line + ", column " + (column + 1) + ")" : "";
    String message = issue.getMessage() + where;
    return message.startsWith("undeclared reference") || message.startsWith("undefined field")
        ? message + "; a rule reads event, log, org.id and org.name"
        : message;
  }

  /** The variables an expression reads for {@code event}. */
  static Map<String, Object> variables(ExportedEvent event) {
    return Map.of(
        EVENT,
        CelValues.of(event.event()),
        LOG,
        event.log().wireName(),
        ORG,
        Map.of("id", event.organizationId(), "name", event.organizationName()));
  }

  /**
   * What {@code program} yields for {@code variables}, as JSON.
   *
   * @throws IllegalArgumentException with CEL's message when it fails on this event
   */
  static JsonNode eval(CelRuntime.Program program, Map<String, Object> variables) {
    try {
      return CelValues.toJson(program.eval(variables));
    } catch (CelEvaluationException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Resolves the one struct type, {@code org}. */
  private static final class OrgTypes implements CelTypeProvider {
    @Override
    public ImmutableCollection<CelType> types() {
      return ImmutableList.of(ORG_TYPE);
    }

    @Override
    public Optional<CelType> findType(String typeName) {
      return ORG_TYPE.name().equals(typeName) ? Optional.of(ORG_TYPE) : Optional.empty();
    }
  }
}
