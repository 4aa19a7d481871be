package io.duoctl.app.api.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ColumnType;
import io.duoctl.core.reports.ReportDefinition;
import java.util.List;

/** The report catalog as JSON, and its schemas. Stateless. */
final class ReportJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  static ObjectNode list(List<ReportDefinition<?>> reports) {
    ObjectNode body = NODES.objectNode();
    ArrayNode items = body.putArray("reports");
    reports.forEach(report -> items.add(report(report)));
    return body;
  }

  static ObjectNode report(ReportDefinition<?> report) {
    ObjectNode json =
        NODES
            .objectNode()
            .put("name", report.name())
            .put("title", report.title())
            .put("description", report.description());
    json.set("input_schema", report.input().json());
    ArrayNode columns = json.putArray("columns");
    for (Column<?> column : report.columns()) {
      columns.add(
          NODES
              .objectNode()
              .put("name", column.name())
              .put("type", column.typeName())
              .put("description", column.description()));
    }
    return json;
  }

  static ObjectNode reportSchema() {
    ObjectNode column =
        JsonSchemas.object()
            .required("name", JsonSchemas.string("The column's name"))
            .required("type", JsonSchemas.oneOf("The column's type", ColumnType.class))
            .required("description", JsonSchemas.string("What the column holds"))
            .build();
    return JsonSchemas.object()
        .required("name", JsonSchemas.string("The report's name, e.g. mfa_coverage"))
        .required("title", JsonSchemas.string("The report's title"))
        .required("description", JsonSchemas.string("What the report shows"))
        .required("input_schema", JsonSchemas.anyObject("The JSON Schema of the report's input"))
        .required("columns", JsonSchemas.array("The columns of a row, in order", column))
        .build();
  }

  static ObjectNode listSchema() {
    return JsonSchemas.object()
        .required("reports", JsonSchemas.array("Every report", reportSchema()))
        .build();
  }
}
