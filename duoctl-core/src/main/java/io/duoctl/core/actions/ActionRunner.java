package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.ConflictingParameterException;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to run an action, behind the CLI, the REST API, the console and fan-out jobs: check
 * the caller's scope ({@link ActionScopes}), validate the input, resolve the organization, execute
 * (or dry-run), audit, and return one {@link ActionResult}. Never throws for a failed action: the
 * failure is the result. A run the caller's scope does not allow is refused ({@link
 * ErrorCode#FORBIDDEN}) before anything else, and not audited. Thread-safe.
 */
public final class ActionRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ActionRunner.class);

  private final ActionCatalog catalog;
  private final OrganizationResolver resolver;
  private final Transport transport;
  private final ActionAuditTrail audit;
  private final Clock clock;
  private final InputValidator validator;

  /**
   * @param transport the Duo transport, normally {@code DuoClient.transport()}
   */
  public ActionRunner(
      ActionCatalog catalog,
      OrganizationResolver resolver,
      Transport transport,
      ActionAuditTrail audit,
      Clock clock) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.validator = new InputValidator(clock);
  }

  public ActionCatalog catalog() {
    return catalog;
  }

  /** Where this runner records its runs. */
  public ActionAuditTrail auditTrail() {
    return audit;
  }

  /**
   * Checks {@code input} against the action's schema without running anything (for a REST 400
   * before a job starts).
   *
   * @throws UnknownActionException if there is no such action
   * @throws InvalidActionInputException listing every bad field
   */
  public ActionInput validate(String actionId, JsonNode input) {
    return validator.validate(catalog.require(actionId), input);
  }

  /**
   * Runs {@code actionId} for {@code organization} (id or name), or once on the parent account for
   * a parent-level action ({@link ActionDefinition#checkOrganization}: no organization there, one
   * everywhere else, or the run fails with {@link ErrorCode#INVALID_INPUT} on field {@code
   * organization}).
   *
   * @param organization the organization's id or name; null for a parent-level action
   * @param input a JSON object of fields; null for none
   * @return the result; a failure is a result with {@code ok == false}, never an exception
   */
  public ActionResult run(
      String organization, String actionId, JsonNode input, RunOptions options) {
    return run(organization, null, actionId, input, options, audit);
  }

  /**
   * Runs like {@link #run(String, String, JsonNode, RunOptions)} but leaves the audit entry to the
   * caller, who writes it ({@link RunAwaitingAudit#writeAudit}) in the same transaction as its own
   * record of the run, such as a job's row: a crash then leaves both or neither.
   */
  public RunAwaitingAudit runAuditedLater(
      String organization, String actionId, JsonNode input, RunOptions options) {
    return runAuditedLater(organization, null, actionId, input, options);
  }

  /**
   * Runs like {@link #runAuditedLater(String, String, JsonNode, RunOptions)} an organization-level
   * action for an organization the caller already resolved for the action's API ({@link
   * OrganizationResolver#resolve(String, io.duoctl.core.settings.DuoApi)}), so it is not resolved
   * again.
   */
  public RunAwaitingAudit runAuditedLater(
      ResolvedOrganization organization, String actionId, JsonNode input, RunOptions options) {
    Objects.requireNonNull(organization, "organization");
    return runAuditedLater(organization.id(), organization, actionId, input, options);
  }

  private RunAwaitingAudit runAuditedLater(
      String organization,
      ResolvedOrganization resolved,
      String actionId,
      JsonNode input,
      RunOptions options) {
    AtomicReference<ActionRun> captured = new AtomicReference<>();
    ActionResult result = run(organization, resolved, actionId, input, options, captured::set);
    return new RunAwaitingAudit(result, Optional.ofNullable(captured.get()), audit);
  }

  private ActionResult run(
      String organization,
      ResolvedOrganization resolved,
      String actionId,
      JsonNode input,
      RunOptions options,
      ActionAuditTrail trail) {
    long started = System.nanoTime();
    Attempt attempt = new Attempt(organization, actionId, options, trail);
    attempt.org = resolved;
    try {
      ActionDefinition action = catalog.require(actionId);
      attempt.action = action;
      ActionScopes.check(action, options.scope());
      action.checkOrganization(organization);
      ActionInput valid = validator.validate(action, input);
      attempt.input = valid.redacted();
      ResolvedOrganization org =
          action.parentLevel()
              ? resolver.parentAccount()
              : resolved != null ? resolved : resolver.resolve(organization, action.api());
      attempt.org = org;
      org.target(action.api());
      boolean dryRun = options.dryRun() && action.mutating();
      DryRunTransport planner = dryRun ? new DryRunTransport(transport) : null;
      ActionContext context = new ActionContext(org, dryRun ? planner : transport, clock.instant());
      JsonNode data = action.handler().handle(context, valid);
      if (dryRun && !planner.planned().isEmpty()) {
        List<PlannedRequest> planned = planner.planned();
        return attempt.finish(ActionJson.of(planned), null, planned, List.of(), started);
      }
      return attempt.finish(data, null, List.of(), action.secretOutputs(), started);
    } catch (ActionNotAllowedException e) {
      return attempt.refuse(ActionError.of(e.code(), e.getMessage()), started);
    } catch (InvalidActionInputException | ActionLevelException e) {
      attempt.input = attempt.redactRaw(input);
      return attempt.fail(
          new ActionError(ErrorCode.INVALID_INPUT, e.getMessage(), null, null, null, e.errors()),
          started);
    } catch (ActionFailure e) {
      return attempt.fail(ActionError.of(e.code(), e.getMessage()), started);
    } catch (ConflictingParameterException e) {
      return attempt.fail(ActionError.of(ErrorCode.INVALID_INPUT, e.getMessage()), started);
    } catch (DuoApiException e) {
      return attempt.fail(
          DuoErrors.toError(e, attempt.org, attempt.action == null ? null : attempt.action.api()),
          started);
    } catch (RuntimeException e) {
      LOG.error("action {} failed unexpectedly", actionId, e);
      return attempt.fail(
          ActionError.of(
              ErrorCode.INTERNAL,
              "internal error ("
                  + e.getClass().getSimpleName()
                  + ") running "
                  + actionId
                  + "; see the server log"),
          started);
    }
  }

  /** The state of one run as far as it got, to build the result and the audit record. */
  private static final class Attempt {
    private final String organizationRef;
    private final String actionId;
    private final RunOptions options;
    private final ActionAuditTrail trail;
    private ActionDefinition action;
    private ResolvedOrganization org;
    private JsonNode input = ActionJson.object();

    Attempt(String organizationRef, String actionId, RunOptions options, ActionAuditTrail trail) {
      this.trail = trail;
      this.organizationRef = organizationRef == null ? "" : organizationRef;
      this.actionId = Objects.requireNonNull(actionId, "actionId");
      this.options = Objects.requireNonNull(options, "options");
    }

    ActionResult finish(
        JsonNode data,
        ActionError error,
        List<PlannedRequest> planned,
        List<String> secrets,
        long started) {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      ActionResult result =
          new ActionResult(
              error == null,
              actionId,
              org == null ? organizationRef : org.id(),
              org == null ? organizationRef : org.name(),
              error == null ? data : null,
              error,
              options.dryRun(),
              planned,
              secrets,
              took);
      trail.record(
          new ActionRun(
              options.actor(),
              result.organizationId(),
              result.organization(),
              actionId,
              input,
              result.ok(),
              error == null ? null : error.code(),
              error == null ? null : error.duoCode(),
              took,
              options.dryRun(),
              options.jobId()));
      return result;
    }

    /** A run the caller's scope does not allow: nothing ran, so nothing is audited. */
    ActionResult refuse(ActionError error, long started) {
      return new ActionResult(
          false,
          actionId,
          organizationRef,
          organizationRef,
          null,
          error,
          options.dryRun(),
          List.of(),
          List.of(),
          Duration.ofNanos(System.nanoTime() - started));
    }

    ActionResult fail(ActionError error, long started) {
      return finish(null, error, List.of(), List.of(), started);
    }

    /** Input that failed validation: declared secrets redacted, unknown fields by name only. */
    JsonNode redactRaw(JsonNode raw) {
      ObjectNode out = ActionJson.object();
      if (raw == null || !raw.isObject() || action == null) {
        return out;
      }
      raw.properties()
          .forEach(
              e -> {
                FieldRule rule = action.input().fields().get(e.getKey());
                boolean show = rule != null && !rule.secret();
                out.set(e.getKey(), show ? e.getValue() : out.textNode(Redaction.REDACTED));
              });
      return out;
    }
  }
}
