package io.duoctl.core.workflows;

import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.errors.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Workflow definitions: reading, checking and explaining them, the built-in ones shipped as {@code
 * workflows/NAME.yaml} resources and those the MSP saved. Thread-safe.
 */
public final class Workflows {

  /** The built-in definitions, by name, each a resource {@code workflows/NAME.yaml}. */
  public static final List<String> BUILT_IN =
      List.of(
          "onboard-user",
          "offboard-organization",
          "offboard-everywhere",
          "replace-lost-phone",
          "time-boxed-bypass",
          "verify-caller",
          "rotate-break-glass-codes-for-user",
          "rotate-break-glass-codes-in-organization",
          "rotate-break-glass-codes");

  /** The largest definition read, in characters. */
  public static final int MAX_CHARS = WorkflowDocument.MAX_CHARS;

  private final ActionCatalog catalog;
  private final InputValidator literals;
  private final Optional<WorkflowDefinitionStore> saved;

  /** The built-in workflows only (checking definitions without duoctl's data). */
  public Workflows(ActionCatalog catalog, Clock clock) {
    this(catalog, clock, Optional.empty());
  }

  /** The built-in workflows and those saved in {@code saved}. */
  public Workflows(ActionCatalog catalog, Clock clock, WorkflowDefinitionStore saved) {
    this(catalog, clock, Optional.of(saved));
  }

  private Workflows(ActionCatalog catalog, Clock clock, Optional<WorkflowDefinitionStore> saved) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.literals = new InputValidator(clock);
    this.saved = saved;
  }

  /** The published JSON Schema of definitions (draft 2020-12), as JSON text. */
  public String schema() {
    return WorkflowSchema.get().text();
  }

  /**
   * Checks the definition {@code yaml}: YAML, then the JSON Schema, then the catalog, the other
   * workflows (the built-ins; one of the same name is replaced by this one) and every CEL
   * expression.
   *
   * @return what the workflow does
   * @throws InvalidWorkflowException listing every error with its place: all the YAML and schema
   *     errors, or when there are none all the others
   */
  public WorkflowSummary validate(String yaml) {
    return WorkflowSummary.of(check(Objects.requireNonNull(yaml, "yaml"), all()));
  }

  /**
   * Checks the definition {@code yaml} like {@link #validate} and saves it, replacing a saved
   * workflow of the same name; runs already started keep the version they started with.
   *
   * @throws InvalidWorkflowException listing every error, or naming {@code name} when it is a
   *     built-in workflow's
   * @throws IllegalStateException when there is nowhere to save (no data)
   */
  public WorkflowSummary save(String yaml, String actor) {
    WorkflowDefinitionStore store = saved.orElseThrow(() -> new IllegalStateException("no store"));
    WorkflowDefinition definition = check(Objects.requireNonNull(yaml, "yaml"), all());
    if (BUILT_IN.contains(definition.name())) {
      throw new InvalidWorkflowException(
          definition.name(),
          List.of(
              new FieldError(
                  "/name",
                  definition.name() + " is a built-in workflow; save yours under another name")));
    }
    store.save(definition, yaml, actor);
    return WorkflowSummary.of(definition);
  }

  /**
   * Deletes the saved workflow {@code name}.
   *
   * @throws UnknownWorkflowException when no saved workflow has that name (built-ins cannot be
   *     deleted)
   */
  public void delete(String name, String actor) {
    if (saved.isEmpty() || !saved.get().delete(name, actor)) {
      throw new UnknownWorkflowException(name);
    }
  }

  /** Every workflow that can run: the built-ins, then the saved ones, by name. */
  public Map<String, WorkflowDefinition> all() {
    Map<String, WorkflowDefinition> all = builtIns();
    savedTexts().forEach((name, yaml) -> all.put(name, parse(WorkflowDocument.read(yaml))));
    return all;
  }

  private Map<String, String> savedTexts() {
    return saved.map(WorkflowDefinitionStore::texts).orElse(Map.of());
  }

  /** The built-in definitions, parsed (not checked again), by name. */
  public Map<String, WorkflowDefinition> builtIns() {
    Map<String, WorkflowDefinition> all = new LinkedHashMap<>();
    for (String name : BUILT_IN) {
      all.put(name, parse(WorkflowDocument.read(builtInText(name))));
    }
    return all;
  }

  /** The YAML text of the built-in {@code name}, as shipped. */
  public static String builtInText(String name) {
    String resource = "workflows/" + name + ".yaml";
    try (InputStream in = Workflows.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no built-in workflow " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The definition {@code yaml} as parsed, after the YAML and JSON Schema checks only: for a
   * definition checked when it was saved or a run started.
   *
   * @throws InvalidWorkflowException if it is not YAML or breaks the schema
   */
  public static WorkflowDefinition read(String yaml) {
    return parse(WorkflowDocument.read(yaml));
  }

  /**
   * The definition named {@code name} and every workflow it calls, directly or not, as their YAML
   * text by name.
   *
   * @throws UnknownWorkflowException if there is no such workflow
   */
  public Map<String, String> closure(String name) {
    Map<String, String> savedTexts = savedTexts();
    Map<String, WorkflowDefinition> all = builtIns();
    savedTexts.forEach((saved, yaml) -> all.put(saved, parse(WorkflowDocument.read(yaml))));
    if (!all.containsKey(name)) {
      throw new UnknownWorkflowException(name);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    java.util.ArrayDeque<String> next = new java.util.ArrayDeque<>(List.of(name));
    while (!next.isEmpty()) {
      String current = next.pop();
      if (texts.containsKey(current)) {
        continue;
      }
      texts.put(
          current,
          savedTexts.containsKey(current) ? savedTexts.get(current) : builtInText(current));
      for (WorkflowStep step : all.get(current).steps()) {
        if (step.call() instanceof WorkflowStep.Workflow called) {
          next.push(called.target());
        }
      }
      for (WorkflowStep step : all.get(current).compensations()) {
        if (step.call() instanceof WorkflowStep.Workflow called) {
          next.push(called.target());
        }
      }
    }
    return texts;
  }

  WorkflowDefinition check(String yaml, Map<String, WorkflowDefinition> others) {
    WorkflowDocument document = WorkflowDocument.read(yaml);
    WorkflowDefinition definition = parse(document);
    Map<String, WorkflowDefinition> library = new LinkedHashMap<>(others);
    library.put(definition.name(), definition);
    List<FieldError> errors =
        WorkflowChecker.check(catalog, literals, document, definition, library);
    if (!errors.isEmpty()) {
      throw new InvalidWorkflowException(definition.name(), errors);
    }
    return definition;
  }

  private static WorkflowDefinition parse(WorkflowDocument document) {
    List<FieldError> errors = WorkflowSchema.get().check(document);
    if (!errors.isEmpty()) {
      String name = document.tree().path("name").asText(null);
      throw new InvalidWorkflowException(name, errors);
    }
    return WorkflowReader.read(document.tree());
  }
}
