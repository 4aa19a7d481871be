package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditPage;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.vocabulary.WireNames;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/audit}: the audit log, newest first, filtered and paged. */
final class AuditRoutes {
  private final AuditLog audit;
  private final OrganizationService organizations;

  AuditRoutes(AuditLog audit, OrganizationService organizations) {
    this.audit = audit;
    this.organizations = organizations;
  }

  record ChangeView(String field, String before, String after) {}

  record EntryView(
      long id,
      String at,
      String actor,
      String subject,
      String subjectId,
      String action,
      List<ChangeView> changes) {}

  record PageView(List<EntryView> entries, long total, int offset, int limit, boolean hasMore) {}

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/v1/audit", ApiScope.READ)
            .operationId("listAudit")
            .summary("Lists audit entries, newest first; secrets appear only as [redacted]")
            .tag("audit")
            .query(
                "organization",
                "Only entries about this organization (name or id; ids of deleted ones work)",
                JsonSchemas.string())
            .query("subject", "Only this kind of subject", subjectSchema())
            .query(
                "action",
                "Only this action, e.g. created, or an action id such as users.update for its runs",
                JsonSchemas.string())
            .query("actor", "Only this actor, e.g. api:n8n-prod or cli:alice", JsonSchemas.string())
            .query("from", "From this time, inclusive", JsonSchemas.dateTime("ISO 8601"))
            .query("to", "Until this time, exclusive", JsonSchemas.dateTime("ISO 8601"))
            .query("configuration", "Where organization names are looked up", JsonSchemas.string())
            .query(
                "offset",
                "Skip this many (default 0)",
                JsonSchemas.integer("Offset", 0, 10_000_000))
            .query("limit", "Page size (default 100)", JsonSchemas.integer("Limit", 1, 1000))
            .response(pageSchema())
            .handle(this::list));
  }

  private Object list(ApiCall call) {
    int offset = call.queryInt("offset", 0, 0, 10_000_000);
    int limit = call.queryInt("limit", AuditQuery.DEFAULT_LIMIT, 1, AuditQuery.MAX_LIMIT);
    Instant from = call.queryInstant("from").orElse(null);
    Instant to = call.queryInstant("to").orElse(null);
    if (from != null && to != null && !from.isBefore(to)) {
      throw ApiException.invalidField("to", "must be after from");
    }
    AuditSubject subject = call.query("subject").map(AuditRoutes::subject).orElse(null);
    String subjectId = call.query("organization").map(o -> organizationId(call, o)).orElse(null);
    AuditQuery query =
        AuditQuery.all()
            .withActor(call.query("actor").orElse(null))
            .withAction(call.query("action").orElse(null))
            .withSubject(subject, subjectId)
            .between(from, to)
            .page(offset, limit);
    AuditPage page = audit.find(query);
    return new PageView(
        page.entries().stream().map(AuditRoutes::of).toList(),
        page.total(),
        page.offset(),
        page.limit(),
        page.hasMore());
  }

  private String organizationId(ApiCall call, String nameOrId) {
    return organizations.idForAudit(call.query("configuration").orElse(null), nameOrId);
  }

  private static AuditSubject subject(String text) {
    return WireNames.parse(AuditSubject.class, text, "subject");
  }

  private static EntryView of(AuditEntry e) {
    return new EntryView(
        e.id(),
        String.valueOf(e.at()),
        e.actor(),
        WireNames.of(e.subject()),
        e.subjectId(),
        e.action(),
        e.changes().stream().map(AuditRoutes::of).toList());
  }

  private static ChangeView of(AuditChange c) {
    return new ChangeView(c.field(), c.before(), c.after());
  }

  private static ObjectNode subjectSchema() {
    return JsonSchemas.oneOf("Subject kind", AuditSubject.class);
  }

  private static ObjectNode pageSchema() {
    ObjectNode change =
        JsonSchemas.object()
            .required("field", JsonSchemas.string("The field changed"))
            .optional("before", JsonSchemas.string("Value before; [redacted] for secrets"))
            .optional("after", JsonSchemas.string("Value after; [redacted] for secrets"))
            .build();
    ObjectNode entry =
        JsonSchemas.object()
            .required("id", JsonSchemas.integer("Entry id, increasing"))
            .required("at", JsonSchemas.dateTime("When"))
            .required("actor", JsonSchemas.string("Who, e.g. api:n8n-prod"))
            .required("subject", subjectSchema())
            .optional("subject_id", JsonSchemas.string("Which one"))
            .required("action", JsonSchemas.string("What happened"))
            .required("changes", JsonSchemas.array(change))
            .build();
    return JsonSchemas.page("entries", entry);
  }
}
