package io.duoctl.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.ApiErrors;
import io.duoctl.app.api.ApiException;
import io.duoctl.app.api.MappingViews;
import io.duoctl.app.api.OrganizationViews;
import io.duoctl.app.api.jobs.JobJson;
import io.duoctl.app.api.reports.SnapshotJson;
import io.duoctl.core.jobs.JobSummary;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * What an assistant can read without calling a tool, all of the default configuration: the
 * organizations (each as the REST API shows it: keys never, only whether they are set), the
 * mapping's health (unmapped organizations, stale mappings, missing keys), and the recent jobs with
 * their rows (secrets redacted). Each read is audited; a refusal is an MCP error naming what to
 * fix. Thread-safe.
 */
final class McpResources {

  static final String ORGANIZATIONS = "duoctl://organizations";
  static final String MAPPING_HEALTH = "duoctl://mapping/health";
  static final String JOBS = "duoctl://jobs";
  static final String TRENDS = "duoctl://reports/trends";
  private static final String ORGANIZATION = ORGANIZATIONS + "/{organization}";
  private static final String JOB = JOBS + "/{id}";
  private static final int RECENT_JOBS = 20;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Duoctl duoctl;
  private final Function<McpTransportContext, McpCaller> callers;
  private final McpAudit audit;

  McpResources(Duoctl duoctl, Function<McpTransportContext, McpCaller> callers, McpAudit audit) {
    this.duoctl = duoctl;
    this.callers = callers;
    this.audit = audit;
  }

  /** The URI of job {@code id}'s resource. */
  static String jobUri(String id) {
    return JOBS + "/" + id;
  }

  List<SyncResourceSpecification> resources() {
    return List.of(
        resource(
            ORGANIZATIONS,
            "organizations",
            "Every organization (customer) with its tags, access mode and mapping",
            uri -> organizations()),
        resource(
            MAPPING_HEALTH,
            "mapping health",
            "Which organizations are unmapped, mapped to a Duo account no longer listed, or lack"
                + " keys, and which Duo accounts no organization is mapped to",
            uri -> McpJson.tree(MappingViews.of(duoctl.mappingHealth().check(null)))),
        resource(
            JOBS,
            "recent jobs",
            "The " + RECENT_JOBS + " most recent jobs (one action over many organizations)",
            uri -> recentJobs()),
        resource(
            TRENDS,
            "report trends",
            "The daily report snapshots of the last 30 days, overall and per organization: MFA"
                + " coverage, accounts (edition, telephony credits) and billable users; read from"
                + " duoctl's database, not from Duo",
            uri -> SnapshotJson.trends(duoctl.snapshots().trends(null, null, null))));
  }

  List<SyncResourceTemplateSpecification> templates() {
    return List.of(
        template(
            ORGANIZATION,
            "organization",
            "One organization by name or id",
            uri -> organization(last(uri))),
        template(JOB, "job", "One job with its rows, one per organization", uri -> job(last(uri))));
  }

  private JsonNode organizations() {
    String configuration = duoctl.settings().get(null).name();
    ObjectNode json = NODES.objectNode().put("configuration", configuration);
    json.set(
        "organizations",
        McpJson.tree(
            duoctl.organizations().listAll(configuration).stream()
                .map(OrganizationViews::of)
                .toList()));
    return json;
  }

  private JsonNode organization(String reference) {
    String configuration = duoctl.settings().get(null).name();
    return McpJson.tree(
        OrganizationViews.of(duoctl.organizations().getByNameOrId(configuration, reference)));
  }

  private JsonNode recentJobs() {
    ObjectNode json = NODES.objectNode();
    var jobs = json.putArray("jobs");
    duoctl.jobs().recent(0, RECENT_JOBS).forEach(job -> jobs.add(JobJson.job(job, job.progress())));
    return json;
  }

  private JsonNode job(String id) {
    JobSummary job =
        duoctl
            .jobs()
            .find(id)
            .orElseThrow(() -> ApiException.of(ApiErrorCode.NOT_FOUND, "no job " + id));
    ObjectNode json = NODES.objectNode();
    json.set("job", JobJson.job(job, job.progress()));
    var rows = json.putArray("rows");
    duoctl.jobs().rows(id).forEach(row -> rows.add(JobJson.row(row)));
    return json;
  }

  private static String last(String uri) {
    return URLDecoder.decode(uri.substring(uri.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
  }

  private SyncResourceSpecification resource(
      String uri, String name, String description, Function<String, JsonNode> reader) {
    return new SyncResourceSpecification(
        McpSchema.Resource.builder(uri, name)
            .description(description)
            .mimeType("application/json")
            .build(),
        (exchange, request) -> read(exchange, request, reader));
  }

  private SyncResourceTemplateSpecification template(
      String uriTemplate, String name, String description, Function<String, JsonNode> reader) {
    return new SyncResourceTemplateSpecification(
        McpSchema.ResourceTemplate.builder(uriTemplate, name)
            .description(description)
            .mimeType("application/json")
            .build(),
        (exchange, request) -> read(exchange, request, reader));
  }

  private McpSchema.ReadResourceResult read(
      McpSyncServerExchange exchange,
      McpSchema.ReadResourceRequest request,
      Function<String, JsonNode> reader) {
    String actor = callers.apply(exchange.transportContext()).actor(exchange.getClientInfo());
    try {
      JsonNode json = reader.apply(request.uri());
      audit.record(actor, McpAudit.RESOURCE_READ, request.uri(), "ok");
      return McpSchema.ReadResourceResult.builder(
              List.of(
                  McpSchema.TextResourceContents.builder(request.uri(), McpJson.text(json))
                      .mimeType("application/json")
                      .build()))
          .build();
    } catch (RuntimeException e) {
      ApiException error = ApiErrors.map(e);
      audit.record(actor, McpAudit.RESOURCE_READ, request.uri(), error.code());
      throw McpError.builder(
              error.code().equals(ApiErrorCode.NOT_FOUND.code())
                  ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND
                  : McpSchema.ErrorCodes.INVALID_PARAMS)
          .message(error.getMessage())
          .build();
    }
  }
}
