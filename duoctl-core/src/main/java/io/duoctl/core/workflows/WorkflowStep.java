package io.duoctl.core.workflows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step: an action of the catalog, another workflow, or a wait, with its inputs.
 *
 * @param id unique in the definition, lower_snake_case; later steps read its result as {@code
 *     steps.<id>.output}
 * @param name for people; may be empty
 * @param call what the step runs
 * @param organization where the action runs, or null (none for parent-level actions, or {@code
 *     for_each: organizations})
 * @param with the inputs by name, in the order written
 * @param condition {@code if}: the step runs only when it is true, or null to always run
 * @param forEach how it repeats, or null to run once
 * @param onError what a failure does
 * @param pointer where the step is in the document, e.g. {@code /steps/2}
 */
public record WorkflowStep(
    String id,
    String name,
    Call call,
    WorkflowValue organization,
    Map<String, WorkflowValue> with,
    WorkflowValue.Expression condition,
    ForEach forEach,
    ErrorPolicy onError,
    String pointer) {

  /** What a step runs. */
  public sealed interface Call permits Action, Workflow, Wait, Http {
    /** The action id or workflow name. */
    String target();
  }

  /** A catalog action, e.g. {@code users.create}. */
  public record Action(String target) implements Call {
    public Action {
      Objects.requireNonNull(target, "target");
    }
  }

  /** Another workflow, by name. */
  public record Workflow(String target) implements Call {
    public Workflow {
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * A pause: the run waits this long (a duration such as {@code 4h}, or an expression giving one),
   * durably: a run taken over by another node waits only for what is left.
   */
  public record Wait(WorkflowValue duration) implements Call {
    /** What a wait step's record names as its target. */
    public static final String TARGET = "wait";

    public Wait {
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public String target() {
      return TARGET;
    }
  }

  /**
   * An HTTP request through a stored connection.
   *
   * @param connection the connection's name
   * @param method GET, POST, PUT, PATCH or DELETE
   * @param path below the connection's base URL, starting with {@code /}, or an expression
   * @param body the JSON body's fields (any names), in the order written; empty for none
   */
  public record Http(
      String connection, String method, WorkflowValue path, Map<String, WorkflowValue> body)
      implements Call {
    public Http {
      Objects.requireNonNull(connection, "connection");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    /** {@code http:CONNECTION}, as a step's record names it. */
    @Override
    public String target() {
      return "http:" + connection;
    }

    /** Whether the request may change something at the other end (any method but GET). */
    public boolean changes() {
      return !method.equals("GET");
    }
  }

  public WorkflowStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(call, "call");
    with = Collections.unmodifiableMap(new LinkedHashMap<>(with));
    Objects.requireNonNull(onError, "onError");
    Objects.requireNonNull(pointer, "pointer");
  }

  public Optional<ForEach> repeat() {
    return Optional.ofNullable(forEach);
  }

  public Optional<WorkflowValue.Expression> when() {
    return Optional.ofNullable(condition);
  }
}
