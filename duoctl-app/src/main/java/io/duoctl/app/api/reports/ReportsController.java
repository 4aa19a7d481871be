package io.duoctl.app.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiStream;
import io.duoctl.core.reports.ReportRequest;
import io.duoctl.core.reports.ReportRunner;
import io.duoctl.core.reports.output.ReportFormat;
import io.duoctl.core.reports.output.ReportOutput;

/** Lists, describes and runs reports. */
final class ReportsController {

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
    ReportRunRequest asked = ReportRunRequest.read(call.body(JsonNode.class));
    duoctl.reports().require(name);
    ReportFormat format = format(call);
    ReportRunner runner = duoctl.reportRunner(asked.configuration());
    ReportRequest<?> request =
        runner.prepare(name, asked.input(), asked.selection(), call.token().scope());
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
