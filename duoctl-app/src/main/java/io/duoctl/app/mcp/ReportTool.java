package io.duoctl.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.reports.ReportRunRequest;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.reports.ReportRequest;
import io.duoctl.core.reports.ReportRunner;
import io.duoctl.core.reports.output.ReportFormat;
import io.duoctl.core.reports.output.ReportOutput;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A report as an MCP tool, named {@code report_<name>}. Its arguments are those of {@code POST
 * /api/v1/reports/{name}/runs} ({@link ReportRunRequest}), read with the same checks, and its
 * result is the run's rows as that route answers them in JSON: one item per organization's row, an
 * organization that failed as one item with its error.
 */
final class ReportTool implements DuoctlTool {

  private static final String PREFIX = "report_";

  private final ReportDefinition<?> report;
  private final Duoctl duoctl;
  private final McpSchema.Tool tool;

  ReportTool(ReportDefinition<?> report, Duoctl duoctl) {
    this.report = report;
    this.duoctl = duoctl;
    this.tool = describe(report);
  }

  @Override
  public McpSchema.Tool tool() {
    return tool;
  }

  @Override
  public ApiScope scope() {
    return report.scope();
  }

  @Override
  public JsonNode call(JsonNode arguments, McpCaller caller, String actor) {
    ReportRunRequest asked = ReportRunRequest.read(arguments);
    ReportRunner runner = duoctl.reportRunner(asked.configuration());
    ReportRequest<?> request =
        runner.prepare(report.name(), asked.input(), asked.selection(), caller.scope());
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    ReportOutput.run(runner, request, actor, ReportFormat.JSON, rows);
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("report", report.name());
    result.set("rows", parse(rows.toByteArray()));
    return result;
  }

  private static JsonNode parse(byte[] json) {
    try {
      return McpJson.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report's own JSON", e);
    }
  }

  private static McpSchema.Tool describe(ReportDefinition<?> report) {
    ObjectNode input = report.input().json().deepCopy();
    input.remove("$schema");
    String columns = String.join(", ", report.columns().stream().map(Column::name).toList());
    return McpSchema.Tool.builder(
            PREFIX + report.name(), McpJson.map(ReportRunRequest.schema(input)))
        .title(report.title())
        .description(
            report.description()
                + " Runs over the organizations chosen (exactly one of organizations, tag and"
                + " all_organizations) and returns one item per row: organization,"
                + " organization_id, ok, then "
                + columns
                + "; an organization that could not be read is one item with its error.")
        .annotations(new McpSchema.ToolAnnotations(report.title(), true, false, true, true, null))
        .build();
  }
}
