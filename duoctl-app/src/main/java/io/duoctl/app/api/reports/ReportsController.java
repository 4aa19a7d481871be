package io.duoctl.app.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiStream;
import io.duoctl.app.api.actions.BodyFields;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.reports.ReportRequest;
import io.duoctl.core.reports.ReportRunner;
import io.duoctl.core.reports.output.ReportFormat;
import io.duoctl.core.reports.output.ReportOutput;
import java.util.Set;

/** Lists, describes and runs reports. */
final class ReportsController {

  private static final Set<String> FIELDS =
      Set.of("organizations", "tag", "all_organizations", "input", "configuration");

  private final Duoctl duoctl;

  ReportsController(Duoctl duoctl) {
    this.duoctl = duoctl;
  }

  ObjectNode list() {
    return ReportJson.list(duoctl.reports().list());
  }

  ObjectNode describe(String name) {
    return ReportJson.report(duoctl.reports().require(name));
  }

  ApiStream run(String name, ApiCall call) {
    duoctl.reports().require(name);
    ReportFormat format = format(call);
    JsonNode body = call.body(JsonNode.class);
    BodyFields fields = new BodyFields(body, FIELDS);
    OrganizationSelection selection = fields.organizationSelection();
    ObjectNode input = fields.object("input", "{\"days\": 90}");
    String configuration = fields.optionalText("configuration", "\"eu\"").orElse(null);
    fields.throwIfInvalid("invalid report run");
    ReportRunner runner = duoctl.reportRunner(configuration);
    ReportRequest<?> request = runner.prepare(name, input, selection, call.token().scope());
    return new ApiStream(
        format.contentType(), out -> ReportOutput.run(runner, request, call.actor(), format, out));
  }

  private static ReportFormat format(ApiCall call) {
    return call.query("format")
        .map(text -> ReportFormat.parse(text, "format"))
        .orElseGet(
            () -> {
              ReportFormat accepted = ReportFormat.forAccept(call.header("Accept"));
              return accepted == null ? ReportFormat.JSON : accepted;
            });
  }
}
