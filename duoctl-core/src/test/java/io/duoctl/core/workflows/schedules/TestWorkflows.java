package io.duoctl.core.workflows.schedules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.workflows.InputType;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowInput;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.Workflows;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflows schedules are checked against in tests: the built-in ones, {@code rotate-secret} (a
 * required secret input) and {@code typed} (an input of each kind a schedule reads).
 */
final class TestWorkflows {
  static final ActionCatalog CATALOG = StandardActions.catalog();

  private TestWorkflows() {}

  static WorkflowLookup lookup() {
    Map<String, WorkflowDefinition> all =
        new LinkedHashMap<>(new Workflows(CATALOG, Clock.systemUTC()).builtIns());
    all.put(
        "rotate-secret",
        workflow(
            "rotate-secret",
            new WorkflowInput("password", InputType.STRING, true, null, "", List.of(), true)));
    all.put(
        "typed",
        workflow(
            "typed",
            new WorkflowInput("count", InputType.INTEGER, false, null, "", List.of(), false),
            new WorkflowInput("notify", InputType.BOOLEAN, false, null, "", List.of(), false),
            new WorkflowInput("groups", InputType.STRING_LIST, false, null, "", List.of(), false),
            new WorkflowInput(
                "mode",
                InputType.STRING,
                false,
                null,
                "disable or delete",
                List.of(
                    JsonNodeFactory.instance.textNode("disable"),
                    JsonNodeFactory.instance.textNode("delete")),
                false),
            new WorkflowInput("token", InputType.STRING, false, null, "", List.of(), true)));
    return WorkflowLookup.of(() -> all);
  }

  private static WorkflowDefinition workflow(String name, WorkflowInput... inputs) {
    Map<String, WorkflowInput> byName = new LinkedHashMap<>();
    for (WorkflowInput input : inputs) {
      byName.put(input.name(), input);
    }
    return new WorkflowDefinition(name, "", "", 1, byName, List.of(), List.of(), Map.of());
  }
}
