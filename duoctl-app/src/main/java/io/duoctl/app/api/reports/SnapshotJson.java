package io.duoctl.app.api.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.actions.ResultJson;
import io.duoctl.core.reports.snapshots.AccountFigures;
import io.duoctl.core.reports.snapshots.CoverageFigures;
import io.duoctl.core.reports.snapshots.OrganizationTrend;
import io.duoctl.core.reports.snapshots.Snapshot;
import io.duoctl.core.reports.snapshots.SnapshotFailure;
import io.duoctl.core.reports.snapshots.SnapshotRun;
import io.duoctl.core.reports.snapshots.SnapshotTrends;
import io.duoctl.core.reports.snapshots.TrendPoint;

/**
 * Snapshot runs and trends as JSON (snake case; a figure set not read is null), and their schemas.
 * Stateless.
 */
public final class SnapshotJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SnapshotJson() {}

  static ObjectNode run(SnapshotRun run) {
    ObjectNode json =
        NODES
            .objectNode()
            .put("day", run.day().toString())
            .put("taken_at", run.takenAt().toString())
            .put("ok", run.ok());
    ArrayNode stored = json.putArray("stored");
    for (Snapshot snapshot : run.stored()) {
      stored.add(
          figures(
              NODES
                  .objectNode()
                  .put("organization", snapshot.organization())
                  .put("organization_id", snapshot.organizationId()),
              snapshot.coverage(),
              snapshot.accounts(),
              snapshot.billing() == null ? null : snapshot.billing().billableUsers()));
    }
    ArrayNode failures = json.putArray("failures");
    for (SnapshotFailure failure : run.failures()) {
      ObjectNode item =
          failures
              .addObject()
              .put("organization", failure.organization())
              .put("organization_id", failure.organizationId());
      failure.missing().forEach(item.putArray("missing")::add);
      item.putObject("error")
          .put("code", ResultJson.code(failure.error().code()))
          .put("message", failure.error().message());
    }
    return json;
  }

  public static ObjectNode trends(SnapshotTrends trends) {
    ObjectNode json =
        NODES.objectNode().put("from", trends.from().toString()).put("to", trends.to().toString());
    trends.overall().forEach(point -> json.withArray("overall").add(point(point)));
    json.withArray("overall");
    ArrayNode organizations = json.putArray("organizations");
    for (OrganizationTrend trend : trends.organizations()) {
      ObjectNode item =
          organizations
              .addObject()
              .put("organization", trend.organization())
              .put("organization_id", trend.organizationId());
      ArrayNode points = item.putArray("points");
      trend.points().forEach(point -> points.add(point(point)));
    }
    return json;
  }

  private static ObjectNode point(TrendPoint point) {
    return figures(
        NODES
            .objectNode()
            .put("day", point.day().toString())
            .put("organizations", point.organizations()),
        point.coverage(),
        point.accounts(),
        point.billing() == null ? null : point.billing().billableUsers());
  }

  private static ObjectNode figures(
      ObjectNode json, CoverageFigures coverage, AccountFigures accounts, Long billable) {
    if (coverage == null) {
      json.putNull("coverage");
    } else {
      json.putObject("coverage")
          .put("users", coverage.users())
          .put("active", coverage.active())
          .put("bypass", coverage.bypass())
          .put("disabled", coverage.disabled())
          .put("locked_out", coverage.lockedOut())
          .put("pending_deletion", coverage.pendingDeletion())
          .put("enrolled", coverage.enrolled())
          .put("not_enrolled", coverage.notEnrolled())
          .put("percent_enrolled", coverage.percentEnrolled());
    }
    if (accounts == null) {
      json.putNull("accounts");
    } else {
      json.putObject("accounts")
          .put("edition", accounts.edition())
          .put("telephony_credits", accounts.telephonyCredits())
          .put("users", accounts.users())
          .put("admins", accounts.admins())
          .put("integrations", accounts.integrations());
    }
    if (billable == null) {
      json.putNull("billing");
    } else {
      json.putObject("billing").put("billable_users", billable);
    }
    return json;
  }

  private static ObjectNode figuresSchema(JsonSchemas.ObjectSchema schema) {
    return schema
        .required(
            "coverage",
            JsonSchemas.anyObject(
                "users, active, bypass, disabled, locked_out, pending_deletion, enrolled,"
                    + " not_enrolled, percent_enrolled; null when not read"))
        .required(
            "accounts",
            JsonSchemas.anyObject(
                "edition, telephony_credits, users, admins, integrations (each may be null);"
                    + " null when not read"))
        .required(
            "billing",
            JsonSchemas.anyObject(
                "billable_users: every user except those pending deletion; null when not read"))
        .build();
  }

  static ObjectNode runSchema() {
    ObjectNode stored =
        figuresSchema(
            JsonSchemas.object()
                .required("organization", JsonSchemas.string("The organization's name"))
                .required("organization_id", JsonSchemas.string("The organization's id")));
    ObjectNode failure =
        JsonSchemas.object()
            .required("organization", JsonSchemas.string("The organization's name"))
            .required("organization_id", JsonSchemas.string("The organization's id"))
            .required(
                "missing",
                JsonSchemas.array(
                    "The figure sets not stored",
                    JsonSchemas.oneOf("A figure set", "coverage", "accounts", "billing")))
            .required("error", JsonSchemas.anyObject("code and message"))
            .build();
    return JsonSchemas.object()
        .required("day", JsonSchemas.string("The day the snapshot is of (snapshot zone)"))
        .required("taken_at", JsonSchemas.dateTime("When it was taken"))
        .required("ok", JsonSchemas.bool("Whether every organization's figures were stored"))
        .required("stored", JsonSchemas.array("The organizations stored", stored))
        .required("failures", JsonSchemas.array("The organizations not (fully) stored", failure))
        .build();
  }

  static ObjectNode trendsSchema() {
    ObjectNode point =
        figuresSchema(
            JsonSchemas.object()
                .required("day", JsonSchemas.string("The day, e.g. 2026-11-30"))
                .required("organizations", JsonSchemas.integer("How many organizations it sums")));
    ObjectNode organization =
        JsonSchemas.object()
            .required("organization", JsonSchemas.string("Its name in its latest snapshot"))
            .required("organization_id", JsonSchemas.string("Its id"))
            .required("points", JsonSchemas.array("A point per day with a snapshot", point))
            .build();
    return JsonSchemas.object()
        .required("from", JsonSchemas.string("The first day"))
        .required("to", JsonSchemas.string("The last day"))
        .required("overall", JsonSchemas.array("Per day, the figures summed", point))
        .required("organizations", JsonSchemas.array("Per organization", organization))
        .build();
  }
}
