package io.duoctl.core.workflows.schedules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.runs.RunRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a schedule must be to be stored, so that none is saved that would fail at every run: a known
 * workflow whose inputs it fits ({@link ScheduleInputs}), a cron expression that comes in a real
 * time zone ({@link Cron}), an existing configuration, and the operator's confirmation when the
 * workflow may destroy across organizations ({@link RunRules#destructiveAcrossOrganizations}).
 */
final class ScheduleChecks {
  private final WorkflowLookup workflows;
  private final SettingsService settings;
  private final ActionCatalog catalog;

  ScheduleChecks(WorkflowLookup workflows, ActionCatalog catalog, SettingsService settings) {
    this.workflows = workflows;
    this.settings = settings;
    this.catalog = catalog;
  }

  /** A schedule's checked parts. */
  record Checked(
      WorkflowDefinition workflow, ObjectNode inputs, Cron cron, Optional<String> configuration) {}

  /**
   * The workflow, inputs, times and configuration, checked; every problem goes to {@code errors},
   * and when there is any they are thrown together.
   *
   * @throws InvalidScheduleException naming every bad field, those already in {@code errors} too
   */
  Checked check(
      String workflowName,
      ObjectNode inputs,
      String cron,
      String timeZone,
      String configuration,
      List<FieldError> errors) {
    WorkflowDefinition workflow = null;
    ObjectNode checkedInputs = inputs;
    String wanted = workflowName == null ? "" : workflowName.strip();
    if (wanted.isEmpty()) {
      errors.add(new FieldError("workflow", "is required: one of " + known()));
    } else {
      workflow = workflows.find(wanted).orElse(null);
      if (workflow == null) {
        errors.add(
            new FieldError("workflow", "no workflow " + shown(wanted) + "; known: " + known()));
      } else {
        checkedInputs = ScheduleInputs.check(workflow, inputs, errors);
      }
    }
    Cron times = null;
    try {
      times = Cron.parse(cron, timeZone);
    } catch (InvalidScheduleException e) {
      errors.addAll(e.errors());
    }
    Optional<String> config =
        configuration == null || configuration.isBlank()
            ? Optional.empty()
            : Optional.of(configuration.strip());
    if (config.isPresent() && settings.find(config.get()).isEmpty()) {
      errors.add(
          new FieldError(
              "configuration",
              "no configuration named "
                  + shown(config.get())
                  + "; leave it out for the default, or see duoctl config list"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidScheduleException(errors);
    }
    return new Checked(
        Objects.requireNonNull(workflow), checkedInputs, Objects.requireNonNull(times), config);
  }

  /** A name as given, unless it is too long to be one worth repeating. */
  private static String shown(String name) {
    return name.length() <= ScheduleService.MAX_NAME ? name : "of that name";
  }

  private String known() {
    return String.join(", ", workflows.names());
  }

  /**
   * Refuses an unconfirmed schedule of a workflow that may destroy across organizations.
   *
   * @throws ConfirmationNeededException naming its destructive actions
   */
  void requireConfirmation(WorkflowDefinition workflow, boolean confirmed) {
    if (confirmed) {
      return;
    }
    Set<String> destructive =
        RunRules.destructiveAcrossOrganizations(
            catalog, name -> workflows.find(name).orElse(null), workflow);
    if (!destructive.isEmpty()) {
      throw new ConfirmationNeededException(workflow.name(), List.copyOf(destructive));
    }
  }
}
