package io.duoctl.app.console.workflows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.console.Frame;
import io.duoctl.app.console.UtcTimes;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.WorkflowRun;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One run's page: what started it, its inputs, and the part the page polls while it runs: state,
 * summary, outputs and the step timeline. Inputs and outputs come as stored, secrets redacted.
 *
 * @param title the workflow's title, or its name
 * @param running whether the page should keep polling
 */
public record RunView(
    Frame frame,
    WorkflowRun run,
    String title,
    boolean running,
    String state,
    String stateClass,
    List<Value> inputs,
    List<Value> outputs,
    Timeline timeline) {

  /**
   * One input or output.
   *
   * @param block whether the text is indented JSON (a list or an object), shown preformatted
   */
  public record Value(String name, String text, boolean block) {}

  static RunView of(
      Frame frame,
      WorkflowRun run,
      String title,
      List<StepRun> steps,
      Function<StepRun, String> organizations) {
    boolean running = !run.state().finished();
    return new RunView(
        frame,
        run,
        title,
        running,
        WireNames.of(run.state()),
        stateClass(run),
        values(run.inputs()),
        values(run.outputs()),
        Timeline.of(steps, running, organizations));
  }

  /** The CSS class of a run's state: a run that went on past failed steps is a warning. */
  static String stateClass(WorkflowRun run) {
    return switch (run.state()) {
      case SUCCEEDED -> run.failed() == 0 ? "ok" : "warn";
      case FAILED -> "bad";
      case RUNNING -> "none";
    };
  }

  /**
   * The properties of a JSON object (a run's inputs or outputs, a schedule's inputs) as rows for
   * {@code workflows/values.jte}; empty when {@code object} is null or not an object.
   */
  public static List<Value> values(JsonNode object) {
    List<Value> values = new ArrayList<>();
    if (object == null || !object.isObject()) {
      return values;
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      JsonNode value = e.getValue();
      values.add(
          value.isContainerNode()
              ? new Value(e.getKey(), pretty(value), true)
              : new Value(e.getKey(), value.asText(), false));
    }
    return values;
  }

  private static String pretty(JsonNode value) {
    try {
      return ActionJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return value.toString();
    }
  }

  public String startedAt() {
    return UtcTimes.of(run.createdAt());
  }

  public String finishedAt() {
    return run.finishedAt() == null ? null : UtcTimes.of(run.finishedAt());
  }

  /** The audit page showing the entries of the actions this run ran. */
  public String auditLink() {
    return "/console/audit?run=" + URLEncoder.encode(run.id(), StandardCharsets.UTF_8);
  }

  /** The runs list of this run's workflow. */
  public String runsLink() {
    return WorkflowRunsController.PATH
        + "?workflow="
        + URLEncoder.encode(run.workflow(), StandardCharsets.UTF_8);
  }

  /** The workflow's form, in the configuration the run ran in. */
  public String formLink() {
    return WorkflowsController.PATH
        + "/"
        + run.workflow()
        + run.configuration()
            .map(c -> "?config=" + URLEncoder.encode(c, StandardCharsets.UTF_8))
            .orElse("");
  }

  /** Where the page polls while the run runs. */
  public String liveLink() {
    return WorkflowRunsController.PATH + "/" + run.id() + "/live";
  }
}
