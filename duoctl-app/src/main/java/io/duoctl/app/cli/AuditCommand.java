package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.actions.TimeExpressions;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditPage;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.vocabulary.WireNames;
import java.time.Instant;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code duoctl audit}: the append-only record of every change. */
@Command(
    name = "audit",
    description = "The audit log of changes to settings, organizations and mapping.",
    subcommands = AuditCommand.ListEntries.class)
final class AuditCommand {
  private AuditCommand() {}

  static Instant since(String text, Instant now) {
    return TimeExpressions.parse(text, now)
        .orElseThrow(() -> new UsageException("--since " + TimeExpressions.EXPECTED));
  }

  @Command(name = "list", description = "Lists audit entries, newest first.")
  static final class ListEntries extends AppCommand {
    @Option(
        names = "--since",
        paramLabel = "TIME|AGE",
        description = "e.g. 24h, 7d or an ISO time.")
    String since;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only changes by this actor.")
    String actor;

    @Option(
        names = "--subject",
        paramLabel = "KIND[:ID]",
        description =
            "Only this kind of subject (configuration, organization, mapping, duo_accounts,"
                + " master_key, action, api_token, operator, connection), optionally one id.")
    String subject;

    @Option(
        names = "--action",
        paramLabel = "ACTION",
        description = "e.g. created, renamed, or an action id such as users.update for its runs.")
    String action;

    @Option(
        names = "--org",
        paramLabel = "ORG",
        description =
            "Only entries about this organization (name or id; ids of deleted ones work).")
    String organization;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (1-1000).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many.")
    int offset;

    @Override
    int run(Duoctl app) {
      if (limit < 1 || limit > AuditQuery.MAX_LIMIT || offset < 0) {
        throw new UsageException("--limit must be 1 to 1000 and --offset 0 or more");
      }
      AuditQuery query = AuditQuery.all().withActor(actor).withAction(action).page(offset, limit);
      String organizationId =
          organization == null
              ? null
              : app.organizations().idForAudit(configuration(), organization);
      if (organizationId != null) {
        query = query.withSubject(null, organizationId);
      }
      if (subject != null) {
        String[] parts = subject.split(":", 2);
        AuditSubject kind = WireNames.parse(AuditSubject.class, parts[0], "--subject");
        String id = parts.length > 1 ? parts[1] : organizationId;
        if (kind == AuditSubject.ORGANIZATION || kind == AuditSubject.MAPPING) {
          id = id == null ? null : app.organizations().getByNameOrId(configuration(), id).id();
        }
        query = query.withSubject(kind, id);
      }
      if (since != null) {
        query = query.between(since(since, app.clock().instant()), null);
      }
      AuditPage page = app.audit().find(query);
      Table table = new Table("time", "actor", "subject", "subject_id", "action", "changes");
      for (AuditEntry e : page.entries()) {
        table.row(
            e.at(),
            e.actor(),
            WireNames.of(e.subject()),
            e.subjectId(),
            e.action(),
            e.changes().stream().map(ListEntries::change).collect(Collectors.joining("; ")));
      }
      print(table);
      if (page.hasMore()) {
        say("(" + page.total() + " in all; next page: --offset " + (offset + limit) + ")");
      }
      return ErrorHandler.OK;
    }

    private static String change(AuditChange c) {
      return c.field()
          + ": "
          + (c.before() == null ? "∅" : c.before())
          + " → "
          + (c.after() == null ? "∅" : c.after());
    }
  }
}
