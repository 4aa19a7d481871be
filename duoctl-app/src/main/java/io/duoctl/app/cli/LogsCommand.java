package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.SinkConfig;
import io.duoctl.core.logexport.exports.ExportStatus;
import io.duoctl.core.logexport.exports.LogExport;
import io.duoctl.core.logexport.exports.NewLogExport;
import io.duoctl.core.logexport.exports.SinkProgress;
import io.duoctl.core.logexport.exports.SinkSpecs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code duoctl logs}: continuous exports of organizations' Duo logs (run by {@code duoctl serve}
 * on every node), one-off searches and rules that act on exported events.
 */
@Command(
    name = "logs",
    description =
        "Duo logs: continuous exports to sinks (export), one-off searches (query) and rules that"
            + " act on exported events (rules).",
    subcommands = {LogsCommand.Export.class, LogsCommand.Query.class, LogRulesCommand.class})
final class LogsCommand {
  private LogsCommand() {}

  @Command(
      name = "export",
      description =
          "Continuous exports, run by every `duoctl serve` on this database: start, stop, status,"
              + " list, delete.",
      subcommands = {
        LogsCommand.Start.class,
        LogsCommand.Stop.class,
        LogsCommand.Status.class,
        LogsCommand.ListExports.class,
        LogsCommand.Delete.class
      })
  static final class Export {}

  @Command(
      name = "start",
      description =
          "Creates an export and starts it, or starts a stopped one (given only its NAME): it"
              + " resumes from its checkpoints. Servers (`duoctl serve`) do the exporting.",
      footerHeading = "%nSinks (--sink, repeatable):%n",
      footer = {
        "  file:DIR[,name=N,file_prefix=P,max_file_bytes=B,rotate_every=PT1H,keep_files=K]",
        "  http:URL[,name=N,authorization=VALUE,timeout=PT30S,max_backoff=PT8S,ca_file=F]",
        "  splunk_hec:URL,token=T[,index=I,source=S,sourcetype=ST,host=H]",
        "  elasticsearch:URL[,api_key=K,index=duoctl-{log}]",
        "  syslog:HOST:PORT[,transport=tls|tcp,payload=json|cef,facility=10,ca_file=F]",
        "  rules[,name=N]   (the enabled log rules act on the events: duoctl logs rules)",
        "%nExamples:",
        "  duoctl logs export start siem --all-orgs --logs authentication,administrator \\",
        "      --from -30d --sink file:/var/log/duoctl",
        "  duoctl logs export start siem"
      })
  static final class Start extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The export's name, e.g. siem-prod.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    OrganizationTarget organizations;

    @Option(
        names = "--logs",
        split = ",",
        paramLabel = "LOG",
        description = "authentication, administrator, telephony, activity.")
    List<String> logs = new ArrayList<>();

    @Option(
        names = "--from",
        paramLabel = "WHEN",
        defaultValue = "now",
        description = "now, an ISO-8601 instant or -30d (within Duo's 180 days). Default: now.")
    String from;

    @Option(names = "--sink", paramLabel = "SINK", description = "A sink; see below.")
    List<String> sinks = new ArrayList<>();

    @Override
    int run(Duoctl app) {
      boolean defining = organizations != null || !logs.isEmpty() || !sinks.isEmpty();
      if (!defining) {
        LogExport export = app.logExports().start(name, ApiScope.ADMIN, app.actor());
        say("duoctl: log export " + export.name() + " started; servers resume it");
        return ErrorHandler.OK;
      }
      List<Map<String, String>> specs = new ArrayList<>();
      for (int i = 0; i < sinks.size(); i++) {
        specs.add(SinkSpecs.parseText(sinks.get(i), "sinks[" + i + "]"));
      }
      LogExport export =
          app.logExports()
              .create(
                  new NewLogExport(
                      name,
                      configuration(),
                      organizations == null ? null : organizations.selection(),
                      logs,
                      from,
                      specs),
                  ApiScope.ADMIN,
                  app.actor());
      say(
          "duoctl: log export "
              + export.name()
              + " created and started from "
              + export.start()
              + "; every `duoctl serve` on this database exports it");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "stop", description = "Stops an export; its checkpoints stay.")
  static final class Stop extends AppCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    int run(Duoctl app) {
      app.logExports().stop(name, ApiScope.ADMIN, app.actor());
      say("duoctl: log export " + name + " stopped");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "delete", description = "Deletes an export, its checkpoints and its secrets.")
  static final class Delete extends AppCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    int run(Duoctl app) {
      app.logExports().delete(name, ApiScope.ADMIN, app.actor());
      say("duoctl: log export " + name + " deleted");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "list", description = "Lists the exports.")
  static final class ListExports extends AppCommand {
    @Override
    int run(Duoctl app) {
      Table table = new Table("name", "state", "organizations", "logs", "start", "sinks");
      for (LogExport export : app.logExports().list()) {
        table.row(
            export.name(),
            export.state().wireName(),
            export.organizations().describe(),
            String.join(",", export.orderedLogs().stream().map(LogKind::wireName).toList()),
            export.start(),
            sinks(export.sinks()));
      }
      print(table);
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "status",
      description =
          "Per organization, log and sink: checkpoint, lag, events exported, events/min, last"
              + " error. Without NAME, every export.")
  static final class Status extends AppCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1")
    String name;

    @Override
    int run(Duoctl app) {
      List<String> names =
          name != null
              ? List.of(name)
              : app.logExports().list().stream().map(LogExport::name).toList();
      Table table =
          new Table(
              "export",
              "state",
              "organization",
              "log",
              "sink",
              "checkpoint",
              "lag",
              "events",
              "events_per_min",
              "last_error");
      boolean failing = false;
      for (String each : names) {
        ExportStatus status = app.logExports().status(each);
        for (SinkProgress p : status.progress()) {
          failing |= p.lastError() != null;
          table.row(
              each,
              status.export().state().wireName(),
              p.organizationName(),
              p.log(),
              p.sink(),
              p.checkpointAt(),
              lag(p.lag()),
              p.eventsExported(),
              p.eventsPerMinute() == null ? "" : p.eventsPerMinute(),
              p.lastError() == null ? "" : p.lastError());
        }
      }
      print(table);
      return failing ? ErrorHandler.FAILED : ErrorHandler.OK;
    }
  }

  @Command(
      name = "query",
      description =
          "Searches one organization's Duo log now, straight from Duo (no export, no checkpoint).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl logs query --org \"Harbor Dental\" --log authentication --from -1h \\",
        "      --filter user=alice --filter result=denied -o jsonl"
      })
  static final class Query extends AppCommand {
    @Option(names = "--org", required = true, paramLabel = "ORG", description = "Name or id.")
    String org;

    @Option(names = "--log", defaultValue = "authentication", paramLabel = "LOG")
    String log;

    @Option(names = "--from", defaultValue = "-1h", paramLabel = "WHEN")
    String from;

    @Option(
        names = "--filter",
        paramLabel = "FIELD=VALUE",
        description = "Duo's field (dots reach inside, user matches user.name); repeatable.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N")
    int limit;

    @Override
    int run(Duoctl app) {
      Map<String, String> wanted = new LinkedHashMap<>();
      for (String filter : filters) {
        int eq = filter.indexOf('=');
        if (eq <= 0) {
          throw new UsageException("--filter must be FIELD=VALUE, e.g. user=alice; was " + filter);
        }
        wanted.put(filter.substring(0, eq).strip(), filter.substring(eq + 1).strip());
      }
      List<ExportedEvent> events =
          app.logSearch().search(configuration(), org, log, from, wanted, limit);
      if (options.output == AppOptions.Format.jsonl) {
        events.forEach(e -> out().println(ExportedEventJson.line(e)));
      } else if (options.output == AppOptions.Format.json) {
        out().println(ExportedEventJson.write(events.stream().map(ExportedEventJson::of).toList()));
      } else {
        Table table = new Table("time", "organization", "key", "summary");
        for (ExportedEvent e : events) {
          table.row(e.timestamp(), e.organizationName(), e.key(), summary(e));
        }
        print(table);
      }
      out().flush();
      return ErrorHandler.OK;
    }

    private static String summary(ExportedEvent e) {
      var j = e.event();
      List<String> parts = new ArrayList<>();
      for (String field : List.of("user", "username", "action", "result", "factor", "reason")) {
        var node = j.get(field);
        if (node != null && !node.isNull()) {
          parts.add(field + "=" + (node.isObject() ? node.path("name").asText() : node.asText()));
        }
      }
      return String.join(" ", parts);
    }
  }

  private static String sinks(List<SinkConfig> sinks) {
    return String.join(
        ", ",
        sinks.stream()
            .map(s -> SinkSpecs.toFields(s, false).get("kind") + ":" + s.name())
            .toList());
  }

  private static String lag(Duration lag) {
    long seconds = lag.toSeconds();
    return seconds < 120
        ? seconds + "s"
        : seconds < 7200 ? seconds / 60 + "m" : seconds / 3600 + "h";
  }
}
