package io.duoctl.core.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.vocabulary.Durations;
import io.duoctl.core.vocabulary.WireNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the records of a definition from a document that passed the schema. */
final class WorkflowReader {
  private WorkflowReader() {}

  static WorkflowDefinition read(JsonNode root) {
    Map<String, WorkflowInput> inputs = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("inputs").properties()) {
      inputs.put(e.getKey(), input(e.getKey(), e.getValue()));
    }
    Map<String, WorkflowOutput> outputs = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("outputs").properties()) {
      JsonNode o = e.getValue();
      outputs.put(
          e.getKey(),
          new WorkflowOutput(
              e.getKey(),
              WorkflowValue.Expression.of(o.path("value").asText()),
              o.path("description").asText(""),
              o.path("shown_once").asBoolean(false)));
    }
    return new WorkflowDefinition(
        root.path("name").asText(),
        root.path("title").asText(""),
        root.path("description").asText(""),
        root.path("version").asInt(),
        inputs,
        steps(root.path("steps"), "/steps"),
        steps(root.path("compensations"), "/compensations"),
        outputs);
  }

  private static WorkflowInput input(String name, JsonNode json) {
    List<JsonNode> oneOf = new ArrayList<>();
    json.path("one_of").forEach(oneOf::add);
    return new WorkflowInput(
        name,
        WireNames.parse(InputType.class, json.path("type").asText(), "type"),
        json.path("required").asBoolean(false),
        json.has("default") ? json.get("default") : null,
        json.path("description").asText(""),
        oneOf,
        json.path("secret").asBoolean(false));
  }

  private static List<WorkflowStep> steps(JsonNode list, String pointer) {
    List<WorkflowStep> steps = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      steps.add(step(list.get(i), pointer + "/" + i));
    }
    return steps;
  }

  private static WorkflowStep step(JsonNode json, String pointer) {
    WorkflowStep.Call call =
        json.has("action")
            ? new WorkflowStep.Action(json.get("action").asText())
            : json.has("wait")
                ? new WorkflowStep.Wait(WorkflowValue.of(json.get("wait")))
                : json.has("http")
                    ? http(json.get("http"))
                    : new WorkflowStep.Workflow(json.path("workflow").asText());
    Map<String, WorkflowValue> with = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : json.path("with").properties()) {
      with.put(e.getKey(), WorkflowValue.of(e.getValue()));
    }
    return new WorkflowStep(
        json.path("id").asText(),
        json.path("name").asText(""),
        call,
        json.has("organization") ? WorkflowValue.of(json.get("organization")) : null,
        with,
        json.has("if") ? WorkflowValue.Expression.of(json.get("if").asText()) : null,
        json.has("for_each") ? forEach(json.get("for_each")) : null,
        onError(json.path("on_error")),
        pointer);
  }

  private static WorkflowStep.Http http(JsonNode json) {
    Map<String, WorkflowValue> body = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : json.path("body").properties()) {
      body.put(e.getKey(), WorkflowValue.of(e.getValue()));
    }
    return new WorkflowStep.Http(
        json.path("connection").asText(),
        json.path("method").asText(),
        WorkflowValue.of(json.path("path")),
        body);
  }

  private static ForEach forEach(JsonNode json) {
    Map.Entry<String, JsonNode> only = json.properties().iterator().next();
    return new ForEach(
        WireNames.parse(ForEach.Over.class, only.getKey(), "for_each"),
        WorkflowValue.of(only.getValue()));
  }

  private static ErrorPolicy onError(JsonNode json) {
    if (json.isMissingNode() || json.asText().equals("stop")) {
      return new ErrorPolicy.Stop();
    }
    if (json.isTextual()) {
      return new ErrorPolicy.Continue();
    }
    if (json.has("compensate")) {
      return new ErrorPolicy.Compensate(json.get("compensate").asText());
    }
    JsonNode retry = json.path("retry");
    return new ErrorPolicy.Retry(
        retry.path("max_attempts").asInt(),
        retry.has("backoff")
            ? Durations.parse(retry.get("backoff").asText(), "backoff")
            : ErrorPolicy.Retry.DEFAULT_BACKOFF);
  }
}
