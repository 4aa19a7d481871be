package io.duoctl.core.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.Transport;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionAuditTrail;
import io.duoctl.core.actions.ActionContext;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionRun;
import io.duoctl.core.actions.ActionScopes;
import io.duoctl.core.actions.DuoErrors;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.actions.OrganizationResolver;
import io.duoctl.core.actions.ResolvedOrganization;
import io.duoctl.core.jobs.FanOut;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.jobs.SkippedOrganization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reports over organizations the way a fan-out job runs an action: the same selection (a list,
 * a tag or all; of a tag or all, the unreachable ones are reported as skipped), the same slots of
 * its {@link FanOut} (overall and per Duo account) and the configuration's paced Duo transport.
 * Each organization runs on its own virtual thread; its rows go to the caller in organization order
 * as soon as it and those before it are done, so output streams while a run goes on and has the
 * same bytes every time. A failed organization is an {@link OrganizationReport} with its error,
 * never a missing one. Every organization's run is audited like a read action's run ({@code
 * run:report.<name>}). Thread-safe.
 */
public final class ReportRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ReportRunner.class);

  private final ReportCatalog catalog;
  private final FanOut fanOut;
  private final OrganizationResolver resolver;
  private final Transport transport;
  private final ActionAuditTrail audit;
  private final Clock clock;
  private final InputValidator validator;

  /**
   * @param fanOut whose organization selection and slots a run shares
   * @param transport the configuration's Duo transport, the one {@code fanOut}'s runner calls
   *     through (paced)
   */
  public ReportRunner(
      ReportCatalog catalog,
      FanOut fanOut,
      OrganizationResolver resolver,
      Transport transport,
      ActionAuditTrail audit,
      Clock clock) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.fanOut = Objects.requireNonNull(fanOut, "fanOut");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.validator = new InputValidator(clock);
  }

  public ReportCatalog catalog() {
    return catalog;
  }

  /**
   * Checks a run before anything is read or written: the report, the caller's scope, the input and
   * the organizations.
   *
   * @param input a JSON object of the report's fields; null for none
   * @throws UnknownReportException for an unknown report
   * @throws io.duoctl.core.actions.ActionNotAllowedException when {@code scope} may not read
   * @throws io.duoctl.core.actions.InvalidActionInputException listing every bad field
   * @throws io.duoctl.core.jobs.NoOrganizationTaggedException for a tag no organization has
   */
  public ReportRequest<?> prepare(
      String name, JsonNode input, OrganizationSelection selection, ApiScope scope) {
    return prepare(catalog.require(name), input, selection, scope);
  }

  private <R> ReportRequest<R> prepare(
      ReportDefinition<R> report, JsonNode input, OrganizationSelection selection, ApiScope scope) {
    ActionScopes.check(report.inputs(), scope);
    ActionInput valid = validator.validate(report.inputs(), input);
    List<SkippedOrganization> skipped = new ArrayList<>();
    List<String> organizations = fanOut.organizations(selection, report.api(), skipped);
    return new ReportRequest<>(report, valid, selection, organizations, skipped);
  }

  /**
   * Runs a prepared report and returns when every organization is done: first each skipped
   * organization, then each selected one in order, go to {@code sink}, one at a time on the calling
   * thread. An exception from {@code sink} (e.g. the client went away) ends the run: the
   * organizations still running finish, and nothing more is handed out.
   */
  public <R> void run(
      ReportRequest<R> request, String actor, Consumer<OrganizationReport<R>> sink) {
    Objects.requireNonNull(actor, "actor");
    for (SkippedOrganization skipped : request.skipped()) {
      sink.accept(
          OrganizationReport.failed(
              skipped.organizationId(),
              skipped.organization(),
              ActionError.of(ErrorCode.ORGANIZATION_UNAVAILABLE, "skipped: " + skipped.reason())));
    }
    Instant now = clock.instant();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<CompletableFuture<OrganizationReport<R>>> running = new ArrayList<>();
      for (String organization : request.organizations()) {
        running.add(
            CompletableFuture.supplyAsync(
                () -> runOne(request, organization, actor, now), threads));
      }
      for (CompletableFuture<OrganizationReport<R>> organization : running) {
        sink.accept(organization.join());
      }
    }
  }

  private <R> OrganizationReport<R> runOne(
      ReportRequest<R> request, String organization, String actor, Instant now) {
    ReportDefinition<R> report = request.report();
    ResolvedOrganization resolved;
    try {
      resolved = resolver.resolve(organization, report.api());
    } catch (ActionFailure unknown) {
      OrganizationReport<R> failed =
          OrganizationReport.failed(
              organization, organization, ActionError.of(unknown.code(), unknown.getMessage()));
      record(request, actor, failed, Duration.ZERO);
      return failed;
    }
    return fanOut
        .slots()
        .hold(FanOut.accountKey(resolved, report.api()), () -> read(request, resolved, actor, now));
  }

  private <R> OrganizationReport<R> read(
      ReportRequest<R> request, ResolvedOrganization organization, String actor, Instant now) {
    ReportDefinition<R> report = request.report();
    long started = System.nanoTime();
    OrganizationReport<R> result;
    try {
      List<R> rows = new ArrayList<>();
      report
          .source()
          .rows(ActionContext.reading(organization, transport, now), request.input(), rows::add);
      result = new OrganizationReport<>(organization.id(), organization.name(), rows, null);
    } catch (ActionFailure e) {
      result = failed(organization, ActionError.of(e.code(), e.getMessage()));
    } catch (DuoApiException e) {
      result = failed(organization, DuoErrors.toError(e, organization, report.api()));
    } catch (RuntimeException e) {
      LOG.error("report {} failed unexpectedly on {}", report.name(), organization.name(), e);
      result =
          failed(
              organization,
              ActionError.of(
                  ErrorCode.INTERNAL,
                  "internal error ("
                      + e.getClass().getSimpleName()
                      + ") reading "
                      + report.name()
                      + "; see the server log"));
    }
    record(request, actor, result, Duration.ofNanos(System.nanoTime() - started));
    return result;
  }

  private static <R> OrganizationReport<R> failed(
      ResolvedOrganization organization, ActionError error) {
    return OrganizationReport.failed(organization.id(), organization.name(), error);
  }

  private void record(
      ReportRequest<?> request, String actor, OrganizationReport<?> result, Duration took) {
    ActionError error = result.error();
    audit.record(
        new ActionRun(
            actor,
            result.organizationId(),
            result.organization(),
            request.report().inputs().id(),
            request.input().redacted(),
            result.ok(),
            error == null ? null : error.code(),
            error == null ? null : error.duoCode(),
            took,
            false,
            Optional.empty()));
  }
}
