package io.duoctl.core.workflows.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ActionRun;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Outcome;
import io.duoctl.core.actions.RunAwaitingAudit;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.jobs.NoOrganizationTaggedException;
import io.duoctl.core.jobs.OrganizationDirectory;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.vocabulary.Durations;
import io.duoctl.core.workflows.ErrorPolicy;
import io.duoctl.core.workflows.ForEach;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowOutput;
import io.duoctl.core.workflows.WorkflowStep;
import io.duoctl.core.workflows.WorkflowValue;
import io.duoctl.core.workflows.connections.ConnectionCalls;
import io.duoctl.core.workflows.connections.ConnectionFailedException;
import io.duoctl.core.workflows.connections.HttpReply;
import io.duoctl.core.workflows.connections.InvalidHttpCallException;
import io.duoctl.core.workflows.connections.UnknownConnectionException;
import io.duoctl.core.workflows.runs.RunExpressions.EvaluationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the steps of one workflow run, storing each step's start before it runs and its end (with
 * the action's audit entry) before the next starts. A step found finished in the store (a run taken
 * over after its node stopped) is not run again: its stored output stands in. A step found started
 * runs again only when its action looks before it changes; otherwise its outcome is unknown.
 *
 * <p>Secrets: outputs are stored with the action's secret fields redacted; the full values live
 * only in this execution's memory, for later steps and for outputs shown once to the caller.
 */
final class RunExecution {

  private static final Duration MAX_WAIT = Duration.ofDays(30);
  private static final Set<ErrorCode> NOT_RETRIED =
      Set.of(
          ErrorCode.INVALID_INPUT,
          ErrorCode.FORBIDDEN,
          ErrorCode.UNKNOWN_ACTION,
          ErrorCode.UNKNOWN_ORGANIZATION,
          ErrorCode.ORGANIZATION_UNAVAILABLE,
          ErrorCode.CANCELLED);

  /** Where the execution needs help from outside: the store, Duo, time. */
  record Services(
      WorkflowRunStore store,
      ActionRunner runner,
      OrganizationDirectory directory,
      RunExpressions expressions,
      RunInputs inputs,
      ConnectionCalls connections,
      ExecutorService threads,
      int parallelism,
      Sleeper sleeper,
      Waiter waiter,
      Clock clock) {}

  /** Waits until an instant; stops early (throwing) when the node stops. */
  @FunctionalInterface
  interface Waiter {
    void waitUntil(Instant until);
  }

  /** Waits between retries; tests pass one that does not sleep. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * How a step, or a sequence of steps, ended.
   *
   * @param output the output with its secrets, for later steps and shown-once outputs
   * @param storedOutput the same with the secrets redacted, as stored
   */
  private record Ended(boolean ok, JsonNode output, JsonNode storedOutput, String error) {
    static Ended success(JsonNode output, JsonNode storedOutput) {
      return new Ended(true, output, storedOutput, null);
    }

    static Ended nothing() {
      return new Ended(true, null, null, null);
    }

    static Ended failure(String why) {
      return new Ended(false, null, null, why);
    }
  }

  /** What the steps of one workflow call see: its inputs, the outputs so far, the iteration. */
  private record Frame(
      WorkflowDefinition workflow,
      JsonNode inputs,
      Map<String, JsonNode> outputs,
      JsonNode item,
      String organization,
      String prefix,
      long now) {
    RunExpressions.Scope scope() {
      return new RunExpressions.Scope(inputs, outputs, item, organization, now);
    }

    Frame iteration(JsonNode value, String org) {
      return new Frame(workflow, inputs, new LinkedHashMap<>(outputs), value, org, prefix, now);
    }
  }

  private final Services services;
  private final WorkflowRun run;
  private final Map<String, WorkflowDefinition> library;
  private final RunOptions options;
  private final Map<String, StepRun> stored;
  private final RunListener listener;
  private final AtomicInteger seq;

  RunExecution(
      Services services,
      WorkflowRun run,
      Map<String, WorkflowDefinition> library,
      RunOptions options,
      List<StepRun> storedSteps,
      RunListener listener) {
    this.services = services;
    this.run = run;
    this.library = library;
    this.options = options;
    this.listener = listener;
    Map<String, StepRun> byKey = new LinkedHashMap<>();
    storedSteps.forEach(step -> byKey.put(step.key(), step));
    this.stored = Map.copyOf(byKey);
    this.seq = new AtomicInteger(storedSteps.stream().mapToInt(StepRun::seq).max().orElse(0));
  }

  /**
   * Runs the workflow with {@code inputs} (secrets included) to its end and stores how it ended.
   *
   * @return the finished run and the outputs shown once to the caller
   */
  WorkflowRuns.Finished execute(ObjectNode inputs) {
    WorkflowDefinition workflow = library.get(run.workflow());
    Frame top =
        new Frame(
            workflow,
            inputs,
            new LinkedHashMap<>(),
            null,
            null,
            "",
            run.createdAt().getEpochSecond());
    Outputs ended = outputsAfter(runSteps(top), top, "the outputs");
    ObjectNode shownOnce = ended.shownOnce();
    ObjectNode outputs = ended.stored();
    String error = ended.error();
    List<StepRun> steps = services.store().steps(run.id());
    WorkflowRun finished =
        run.finished(
            error == null ? RunState.SUCCEEDED : RunState.FAILED,
            outputs,
            error,
            count(steps, StepOutcome.CHANGED) + count(steps, StepOutcome.PLANNED),
            count(steps, StepOutcome.UNCHANGED),
            (int)
                steps.stream()
                    .filter(s -> s.state() == StepState.FAILED || s.state() == StepState.UNKNOWN)
                    .filter(s -> isAction(s.target()))
                    .count(),
            services.clock().instant());
    services.store().finishRun(finished);
    return new WorkflowRuns.Finished(finished, shownOnce);
  }

  private boolean isAction(String target) {
    return !library.containsKey(target);
  }

  private static int count(List<StepRun> steps, StepOutcome outcome) {
    return (int) steps.stream().filter(s -> s.outcome() == outcome).count();
  }

  /**
   * A workflow's outputs once its steps ended: those stored (shown-once ones redacted), the
   * shown-once ones, and the error when the steps failed or the outputs cannot be computed.
   */
  private record Outputs(ObjectNode stored, ObjectNode shownOnce, String error) {}

  private Outputs outputsAfter(Ended steps, Frame frame, String what) {
    ObjectNode shownOnce = JsonNodeFactory.instance.objectNode();
    if (!steps.ok()) {
      return new Outputs(null, shownOnce, steps.error());
    }
    try {
      return new Outputs(outputs(frame, shownOnce), shownOnce, null);
    } catch (EvaluationFailure e) {
      return new Outputs(null, shownOnce, what + " cannot be computed: " + e.getMessage());
    }
  }

  private ObjectNode outputs(Frame frame, ObjectNode shownOnce) throws EvaluationFailure {
    ObjectNode outputs = JsonNodeFactory.instance.objectNode();
    for (WorkflowOutput output : frame.workflow().outputs().values()) {
      JsonNode value = services.expressions().value(output.value(), frame.scope());
      if (output.shownOnce()) {
        shownOnce.set(output.name(), value);
        outputs.put(output.name(), RunInputs.REDACTED);
      } else {
        outputs.set(output.name(), value);
      }
    }
    return outputs;
  }

  private Ended runSteps(Frame frame) {
    for (WorkflowStep step : frame.workflow().steps()) {
      Ended ended = runStepWithPolicy(frame, step);
      if (!ended.ok()) {
        switch (step.onError()) {
          case ErrorPolicy.Continue c -> {
            frame.outputs().put(step.id(), null);
            continue;
          }
          case ErrorPolicy.Compensate compensate -> {
            WorkflowStep compensation = frame.workflow().step(compensate.stepId()).orElseThrow();
            Ended undone = runStep(frame, compensation, 1);
            return Ended.failure(
                ended.error()
                    + (undone.ok()
                        ? "; compensated by " + compensation.id()
                        : "; the compensation "
                            + compensation.id()
                            + " failed too: "
                            + undone.error()));
          }
          default -> {
            return ended;
          }
        }
      }
      frame.outputs().put(step.id(), ended.output());
    }
    return Ended.nothing();
  }

  private Ended runStepWithPolicy(Frame frame, WorkflowStep step) {
    return runStep(
        frame, step, step.onError() instanceof ErrorPolicy.Retry retry ? retry.maxAttempts() : 1);
  }

  private Ended runStep(Frame frame, WorkflowStep step, int attempts) {
    String key = frame.prefix() + step.id();
    StepRun before = stored.get(key);
    if (before != null && before.state().finished()) {
      return replay(before);
    }
    if (step.condition() != null) {
      try {
        if (!services.expressions().holds(step.condition(), frame.scope())) {
          record(skipped(step, key, frame.organization(), "its condition is false"));
          return Ended.nothing();
        }
      } catch (EvaluationFailure e) {
        return failStep(
            step, key, frame.organization(), "its condition cannot be computed: " + e.getMessage());
      }
    }
    if (step.forEach() != null) {
      return runLoop(frame, step, key, before, attempts);
    }
    return runOnce(frame, step, key, attempts);
  }

  private Ended replay(StepRun before) {
    return switch (before.state()) {
      case SUCCEEDED, SKIPPED -> Ended.success(before.output(), before.output());
      default -> Ended.failure(before.errorMessage());
    };
  }

  private Ended runLoop(Frame frame, WorkflowStep step, String key, StepRun before, int attempts) {
    JsonNode items;
    try {
      items =
          before != null && before.items() != null ? before.items() : items(frame, step.forEach());
    } catch (EvaluationFailure e) {
      return failStep(
          step,
          key,
          frame.organization(),
          "what it repeats over cannot be computed: " + e.getMessage());
    }
    if (items.toString().length() > WorkflowRunStore.MAX_JSON) {
      return failStep(
          step,
          key,
          frame.organization(),
          "it repeats over "
              + items.size()
              + " items, too many to store so that another node could take the run over; split"
              + " the work");
    }
    StepRun loop = started(step, key, frame.organization(), null, items, before);
    services.store().start(loop);
    boolean overOrganizations = step.forEach().over() == ForEach.Over.ORGANIZATIONS;
    List<Future<Ended>> futures = new ArrayList<>();
    Semaphore slots = new Semaphore(services.parallelism());
    AtomicBoolean stopped = new AtomicBoolean();
    boolean stopOnFailure = step.onError() instanceof ErrorPolicy.Stop;
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      Frame iteration =
          overOrganizations
              ? frame.iteration(frame.item(), item.asText())
              : frame.iteration(item, frame.organization());
      String iterationKey = key + "[" + i + "]";
      futures.add(
          services
              .threads()
              .submit(
                  () -> {
                    slots.acquire();
                    try {
                      if (stopped.get()) {
                        return Ended.failure("not run: an earlier iteration failed");
                      }
                      Ended ended = runOnce(iteration, step, iterationKey, attempts);
                      if (!ended.ok() && stopOnFailure) {
                        stopped.set(true);
                      }
                      return ended;
                    } finally {
                      slots.release();
                    }
                  }));
    }
    ArrayNode outputs = JsonNodeFactory.instance.arrayNode();
    ArrayNode stored = JsonNodeFactory.instance.arrayNode();
    List<String> failures = new ArrayList<>();
    for (Future<Ended> future : futures) {
      Ended ended = join(future);
      outputs.add(ended.ok() ? ended.output() : null);
      stored.add(ended.ok() ? ended.storedOutput() : null);
      if (!ended.ok()) {
        failures.add(ended.error());
      }
    }
    String error =
        failures.isEmpty()
            ? null
            : failures.size()
                + " of "
                + items.size()
                + " failed; the first: "
                + failures.getFirst();
    record(
        loop.finish(
            error == null ? StepState.SUCCEEDED : StepState.FAILED,
            null,
            stored,
            error == null ? null : "ITERATIONS_FAILED",
            error,
            services.clock().instant()));
    return error == null
        ? Ended.success(outputs, stored)
        : new Ended(false, outputs, stored, error);
  }

  private static Ended join(Future<Ended> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Ended.failure("interrupted");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException unchecked -> throw unchecked;
        case Error error -> throw error;
        default -> throw new IllegalStateException("a workflow step failed", e.getCause());
      }
    }
  }

  private JsonNode items(Frame frame, ForEach forEach) throws EvaluationFailure {
    if (forEach.over() == ForEach.Over.ORGANIZATIONS && forEach.selection().isPresent()) {
      try {
        ArrayNode names = JsonNodeFactory.instance.arrayNode();
        services.directory().select(forEach.selection().get()).forEach(names::add);
        return names;
      } catch (NoOrganizationTaggedException e) {
        throw new EvaluationFailure(e.getMessage(), e);
      }
    }
    JsonNode values = services.expressions().value(forEach.values(), frame.scope());
    if (values.isNull()) {
      return JsonNodeFactory.instance.arrayNode();
    }
    if (!values.isArray()) {
      throw new EvaluationFailure("it gave " + kind(values) + ", not a list", null);
    }
    return values;
  }

  private static String kind(JsonNode value) {
    return value.isObject()
        ? "a map"
        : value.isTextual()
            ? "a string"
            : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private Ended runOnce(Frame frame, WorkflowStep step, String key, int attempts) {
    StepRun before = stored.get(key);
    if (before != null && before.state().finished()) {
      return replay(before);
    }
    return switch (step.call()) {
      case WorkflowStep.Action action ->
          runAction(frame, step, key, action.target(), before, attempts);
      case WorkflowStep.Workflow called -> runWorkflow(frame, step, key, called.target(), before);
      case WorkflowStep.Wait wait -> runWait(frame, step, key, wait, before);
      case WorkflowStep.Http http -> runHttp(frame, step, key, http, before, attempts);
    };
  }

  private Ended runAction(
      Frame frame, WorkflowStep step, String key, String actionId, StepRun before, int attempts) {
    ActionDefinition action = services.runner().catalog().require(actionId);
    String organization;
    ObjectNode input;
    try {
      organization = organization(frame, step, action);
      input = with(step.with(), frame.scope());
    } catch (EvaluationFailure e) {
      if (options.dryRun()) {
        StepRun planned =
            started(step, key, frame.organization(), null, null, before)
                .finish(
                    StepState.SUCCEEDED,
                    StepOutcome.PLANNED,
                    null,
                    null,
                    "planned: its inputs come from earlier steps that a dry run only plans ("
                        + e.getMessage()
                        + ")",
                    services.clock().instant());
        record(planned);
        return Ended.nothing();
      }
      return failStep(
          step, key, frame.organization(), "its inputs cannot be computed: " + e.getMessage());
    }
    String note = null;
    if (before != null) {
      if (!action.rerunSafe()) {
        StepRun unknown =
            before.finish(
                StepState.UNKNOWN,
                null,
                null,
                ErrorCode.OUTCOME_UNKNOWN.name(),
                "its node stopped while "
                    + actionId
                    + " ran, and the action cannot look up what it did: check in Duo",
                services.clock().instant());
        record(unknown);
        return Ended.failure(unknown.errorMessage());
      }
      note = "reconciled after its node stopped: looked up before changing";
    }
    ObjectNode storedInput = redactedInput(action, input);
    for (int attempt = 1; ; attempt++) {
      StepRun start = started(step, key, organization, storedInput, null, before);
      services.store().start(start);
      RunAwaitingAudit awaiting =
          services.runner().runAuditedLater(organization, actionId, input, options);
      ActionResult result = awaiting.result();
      String auditNote =
          AuditLog.workflowRunNote(run.id(), key) + (note == null ? "" : "; " + note);
      StepRun end = ended(start, action, result, awaiting);
      services.store().finish(end, h -> awaiting.writeAudit(h, auditNote));
      listener.stepFinished(end);
      if (result.ok()) {
        return Ended.success(result.data(), end.output());
      }
      ActionError error = result.error();
      boolean again =
          attempt < attempts
              && !NOT_RETRIED.contains(error.code())
              && (error.code() != ErrorCode.OUTCOME_UNKNOWN || action.rerunSafe());
      if (!again) {
        return Ended.failure(error.message());
      }
      before = end;
      try {
        services.sleeper().sleep(backoff(step.onError(), attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Ended.failure(error.message() + " (interrupted before trying again)");
      }
    }
  }

  private static Duration backoff(ErrorPolicy policy, int attempt) {
    Duration first =
        policy instanceof ErrorPolicy.Retry retry
            ? retry.backoff()
            : ErrorPolicy.Retry.DEFAULT_BACKOFF;
    return first.multipliedBy(1L << Math.min(attempt - 1, 10));
  }

  private StepRun ended(
      StepRun start, ActionDefinition action, ActionResult result, RunAwaitingAudit awaiting) {
    StepRun placed = start.inOrganization(result.organizationId(), result.organization());
    if (!result.ok()) {
      ActionError error = result.error();
      return placed.finish(
          error.code() == ErrorCode.OUTCOME_UNKNOWN ? StepState.UNKNOWN : StepState.FAILED,
          null,
          null,
          error.code().name(),
          error.message(),
          services.clock().instant());
    }
    JsonNode input = awaiting.run().map(ActionRun::redactedInput).orElse(start.input());
    StepRun withInput =
        new StepRun(
            placed.runId(),
            placed.key(),
            placed.seq(),
            placed.stepId(),
            placed.name(),
            placed.target(),
            placed.organizationId(),
            placed.organizationName(),
            placed.state(),
            null,
            placed.attempts(),
            input,
            null,
            null,
            null,
            null,
            placed.startedAt(),
            null);
    return withInput.finish(
        StepState.SUCCEEDED,
        outcome(action, result),
        result.withoutSecrets().data(),
        null,
        null,
        services.clock().instant());
  }

  private static StepOutcome outcome(ActionDefinition action, ActionResult result) {
    if (result.dryRun() && !result.plannedRequests().isEmpty()) {
      return StepOutcome.PLANNED;
    }
    if (action.readOnly() || asksOnly(action)) {
      return StepOutcome.READ;
    }
    return result.dryRun() || Outcome.isNoChange(result.data())
        ? StepOutcome.UNCHANGED
        : StepOutcome.CHANGED;
  }

  /**
   * Whether the action only asks a user (a push, a call, a passcode check through the Auth API):
   * Duo logs the authentication but keeps its data as it was, so a rerun has nothing to undo.
   */
  private static boolean asksOnly(ActionDefinition action) {
    return action.api() == DuoApi.AUTH && !action.id().equals("auth.enroll");
  }

  private Ended runHttp(
      Frame frame,
      WorkflowStep step,
      String key,
      WorkflowStep.Http http,
      StepRun before,
      int attempts) {
    String path;
    ObjectNode body;
    try {
      JsonNode value = services.expressions().value(http.path(), frame.scope());
      path = value.asText();
      if (!value.isTextual() || !path.startsWith("/")) {
        throw new EvaluationFailure("path gave " + value + ", not a path starting with /", null);
      }
      body = with(http.body(), frame.scope());
    } catch (EvaluationFailure e) {
      return failStep(step, key, null, "its request cannot be computed: " + e.getMessage());
    }
    ObjectNode request =
        JsonNodeFactory.instance.objectNode().put("method", http.method()).put("path", path);
    request.set("body", body);
    if (before != null && http.changes()) {
      StepRun unknown =
          before.finish(
              StepState.UNKNOWN,
              null,
              null,
              ErrorCode.OUTCOME_UNKNOWN.name(),
              "its node stopped while "
                  + http.method()
                  + " "
                  + path
                  + " was sent to "
                  + http.connection()
                  + ": check there before trying again",
              services.clock().instant());
      record(unknown);
      return Ended.failure(unknown.errorMessage());
    }
    if (options.dryRun() && http.changes()) {
      record(
          started(step, key, null, request, null, before)
              .finish(
                  StepState.SUCCEEDED,
                  StepOutcome.PLANNED,
                  null,
                  null,
                  "would send " + http.method() + " " + path + " to " + http.connection(),
                  services.clock().instant()));
      return Ended.nothing();
    }
    for (int attempt = 1; ; attempt++) {
      StepRun start = started(step, key, null, request, null, before);
      services.store().start(start);
      String error;
      String code;
      StepState failed = StepState.FAILED;
      try {
        HttpReply reply =
            services
                .connections()
                .send(http.connection(), http.method(), path, body.isEmpty() ? null : body);
        ObjectNode output = JsonNodeFactory.instance.objectNode().put("status", reply.status());
        output.set("body", reply.body());
        if (reply.ok()) {
          StepRun end =
              start.finish(
                  StepState.SUCCEEDED,
                  http.changes() ? StepOutcome.CHANGED : StepOutcome.READ,
                  output,
                  null,
                  null,
                  services.clock().instant());
          record(end);
          return Ended.success(output, output);
        }
        code = "HTTP_" + reply.status();
        error =
            http.connection()
                + " answered "
                + reply.status()
                + " to "
                + http.method()
                + " "
                + path
                + ": "
                + clip(reply.body().isTextual() ? reply.body().asText() : reply.body().toString());
      } catch (UnknownConnectionException | InvalidHttpCallException e) {
        return failStep(step, key, null, e.getMessage());
      } catch (ConnectionFailedException e) {
        code = http.changes() ? ErrorCode.OUTCOME_UNKNOWN.name() : "CONNECTION_FAILED";
        error = e.getMessage();
        if (http.changes()) {
          failed = StepState.UNKNOWN;
        }
      }
      StepRun end = start.finish(failed, null, null, code, error, services.clock().instant());
      record(end);
      if (attempt >= attempts || failed == StepState.UNKNOWN) {
        return Ended.failure(error);
      }
      before = end;
      try {
        services.sleeper().sleep(backoff(step.onError(), attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Ended.failure(error + " (interrupted before trying again)");
      }
    }
  }

  private static String clip(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private Ended runWait(
      Frame frame, WorkflowStep step, String key, WorkflowStep.Wait wait, StepRun before) {
    Instant until;
    if (before != null && before.input() != null && before.input().has("until")) {
      until = Instant.parse(before.input().path("until").asText());
    } else {
      try {
        until = services.clock().instant().plus(duration(wait, frame.scope()));
      } catch (EvaluationFailure e) {
        return failStep(step, key, null, "how long to wait cannot be computed: " + e.getMessage());
      }
    }
    ObjectNode waited = JsonNodeFactory.instance.objectNode().put("until", until.toString());
    StepRun start = started(step, key, null, waited, null, before);
    if (options.dryRun()) {
      record(
          start.finish(
              StepState.SUCCEEDED,
              StepOutcome.PLANNED,
              waited,
              null,
              "would wait until " + until,
              services.clock().instant()));
      return Ended.success(waited, waited);
    }
    services.store().start(start);
    services.waiter().waitUntil(until);
    record(start.finish(StepState.SUCCEEDED, null, waited, null, null, services.clock().instant()));
    return Ended.success(waited, waited);
  }

  private Duration duration(WorkflowStep.Wait wait, RunExpressions.Scope scope)
      throws EvaluationFailure {
    JsonNode value = services.expressions().value(wait.duration(), scope);
    Duration duration =
        value.isIntegralNumber()
            ? Duration.ofSeconds(value.longValue())
            : Durations.find(value.asText())
                .orElseThrow(
                    () ->
                        new EvaluationFailure(
                            "it gave " + value + ", not " + Durations.EXPECTED, null));
    if (duration.isNegative() || duration.compareTo(MAX_WAIT) > 0) {
      throw new EvaluationFailure(
          "it gave " + value + "; a wait is from 0s to " + MAX_WAIT.toDays() + "d", null);
    }
    return duration;
  }

  private Ended runWorkflow(
      Frame frame, WorkflowStep step, String key, String name, StepRun before) {
    WorkflowDefinition called = library.get(name);
    ObjectNode inputs;
    try {
      inputs = services.inputs().resolve(called, with(step.with(), frame.scope()));
    } catch (EvaluationFailure e) {
      return failStep(
          step, key, frame.organization(), "its inputs cannot be computed: " + e.getMessage());
    } catch (InvalidRunInputException e) {
      return failStep(step, key, frame.organization(), e.getMessage());
    }
    StepRun start =
        started(step, key, frame.organization(), RunInputs.redacted(called, inputs), null, before);
    services.store().start(start);
    Frame inner =
        new Frame(called, inputs, new LinkedHashMap<>(), null, null, key + "/", frame.now());
    Outputs ended = outputsAfter(runSteps(inner), inner, "its outputs");
    ObjectNode shownOnce = ended.shownOnce();
    ObjectNode outputs = ended.stored();
    String error = ended.error();
    StepRun end =
        start.finish(
            error == null ? StepState.SUCCEEDED : StepState.FAILED,
            null,
            outputs,
            error == null ? null : "WORKFLOW_FAILED",
            error,
            services.clock().instant());
    record(end);
    if (error != null) {
      return Ended.failure(error);
    }
    ObjectNode full = outputs.deepCopy();
    shownOnce.properties().forEach(e -> full.set(e.getKey(), e.getValue()));
    return Ended.success(full, outputs);
  }

  private String organization(Frame frame, WorkflowStep step, ActionDefinition action)
      throws EvaluationFailure {
    if (action.parentLevel()) {
      return null;
    }
    if (step.organization() != null) {
      JsonNode value = services.expressions().value(step.organization(), frame.scope());
      if (!value.isTextual() || value.asText().isBlank()) {
        throw new EvaluationFailure(
            "organization gave " + value + ", not an organization's name or id", null);
      }
      return value.asText();
    }
    return frame.organization();
  }

  private ObjectNode with(Map<String, WorkflowValue> with, RunExpressions.Scope scope)
      throws EvaluationFailure {
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, WorkflowValue> e : with.entrySet()) {
      JsonNode value;
      try {
        value = services.expressions().value(e.getValue(), scope);
      } catch (EvaluationFailure failure) {
        throw new EvaluationFailure(e.getKey() + ": " + failure.getMessage(), failure);
      }
      if (!value.isNull()) {
        input.set(e.getKey(), value);
      }
    }
    return input;
  }

  private static ObjectNode redactedInput(ActionDefinition action, ObjectNode input) {
    ObjectNode copy = input.deepCopy();
    action
        .input()
        .fields()
        .forEach(
            (name, rule) -> {
              if (rule.secret() && copy.has(name)) {
                copy.put(name, RunInputs.REDACTED);
              }
            });
    return copy;
  }

  private StepRun started(
      WorkflowStep step,
      String key,
      String organization,
      JsonNode input,
      JsonNode items,
      StepRun before) {
    return new StepRun(
        run.id(),
        key,
        before != null ? before.seq() : seq.incrementAndGet(),
        step.id(),
        step.name().isEmpty() ? step.id() : step.name(),
        step.call().target(),
        organization,
        organization,
        StepState.STARTED,
        null,
        before != null ? before.attempts() + 1 : 1,
        input,
        items,
        null,
        null,
        null,
        services.clock().instant(),
        null);
  }

  private StepRun skipped(WorkflowStep step, String key, String organization, String why) {
    return started(step, key, organization, null, null, stored.get(key))
        .finish(StepState.SKIPPED, null, null, null, why, services.clock().instant());
  }

  private Ended failStep(WorkflowStep step, String key, String organization, String why) {
    record(
        started(step, key, organization, null, null, stored.get(key))
            .finish(
                StepState.FAILED,
                null,
                null,
                ErrorCode.INVALID_INPUT.name(),
                why,
                services.clock().instant()));
    return Ended.failure(step.id() + ": " + why);
  }

  private void record(StepRun step) {
    services.store().finish(step, h -> {});
    listener.stepFinished(step);
  }
}
