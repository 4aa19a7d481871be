package io.duoctl.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.PlannedRequest;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.results.OrganizationOutcome;
import io.duoctl.core.results.ResultCsv;
import io.duoctl.core.results.ResultItems;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints action results in the chosen format: {@code json} an array with one object per
 * organization (the same shape for one organization and many), {@code jsonl} one line per item with
 * its organization ({@link ResultItems}), {@code csv} the same items flattened ({@link ResultCsv}),
 * {@code table} one row per organization. Secret outputs (bypass codes, activation links) are
 * printed here, to stdout, once: this is the only place they go.
 */
final class ResultPrinter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter out;
  private final AppOptions.Format format;

  ResultPrinter(PrintWriter out, AppOptions.Format format) {
    this.out = out;
    this.format = format;
  }

  void print(List<ActionResult> results) {
    try {
      switch (format) {
        case json -> {
          ArrayNode array = JSON.createArrayNode();
          results.forEach(r -> array.add(object(r)));
          out.println(JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array));
        }
        case jsonl -> {
          for (ActionResult r : results) {
            printItems(OrganizationOutcome.of(r));
          }
        }
        case csv -> out.print(ResultCsv.of(results.stream().map(OrganizationOutcome::of).toList()));
        case table -> out.print(table(results).render(format));
        case xlsx -> throw AppOptions.xlsxRefused();
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    out.flush();
  }

  /** One JSON line per item of the outcome, each written at once. */
  void printItems(OrganizationOutcome outcome) {
    try {
      for (ObjectNode item : ResultItems.of(outcome)) {
        out.println(JSON.writeValueAsString(item));
        out.flush();
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static ObjectNode object(ActionResult r) {
    ObjectNode row = JSON.createObjectNode();
    row.put("organization", r.organization())
        .put("organization_id", r.organizationId())
        .put("action", r.action())
        .put("ok", r.ok())
        .put("dry_run", r.dryRun())
        .put("duration_ms", r.duration().toMillis());
    if (r.dryRun() && !r.plannedRequests().isEmpty()) {
      ArrayNode planned = row.putArray("planned_requests");
      r.plannedRequests().forEach(p -> planned.add(planned(p)));
      row.putNull("data");
    } else {
      row.set("data", r.ok() ? r.data() : null);
    }
    row.set("error", r.error() == null ? null : error(r.error()));
    return row;
  }

  private static ObjectNode planned(PlannedRequest p) {
    ObjectNode request = JSON.createObjectNode();
    request.put("method", p.method()).put("host", p.host()).put("path", p.path());
    request.set("parameters", JSON.valueToTree(p.parameters()));
    if (p.jsonBody() != null) {
      request.set("json_body", p.jsonBody());
    }
    return request;
  }

  private static ObjectNode error(ActionError e) {
    ObjectNode error = JSON.createObjectNode();
    error.put("code", OrganizationOutcome.code(e.code())).put("message", e.message());
    if (e.duoCode() != null) {
      error.put("duo_code", e.duoCode());
    }
    if (e.messageDetail() != null) {
      error.put("message_detail", e.messageDetail());
    }
    if (e.httpStatus() != null) {
      error.put("http_status", e.httpStatus());
    }
    if (!e.fields().isEmpty()) {
      ArrayNode fields = error.putArray("fields");
      for (FieldError f : e.fields()) {
        fields.addObject().put("field", f.field()).put("message", f.message());
      }
    }
    return error;
  }

  private static Table table(List<ActionResult> results) {
    Table table = new Table("organization", "status", "result");
    for (ActionResult r : results) {
      table.row(r.organization(), status(r), result(r));
    }
    return table;
  }

  private static String status(ActionResult r) {
    if (!r.ok()) {
      return "FAILED " + OrganizationOutcome.code(r.error().code());
    }
    return r.dryRun() && !r.plannedRequests().isEmpty() ? "DRY-RUN" : "OK";
  }

  private static String result(ActionResult r) {
    if (!r.ok()) {
      ActionError e = r.error();
      return e.message()
          + (e.duoCode() == null ? "" : " (Duo " + e.duoCode() + ")")
          + (e.messageDetail() == null ? "" : ": " + e.messageDetail());
    }
    if (r.dryRun() && !r.plannedRequests().isEmpty()) {
      return r.plannedRequests().stream()
          .map(ResultPrinter::describe)
          .collect(Collectors.joining(" ; "));
    }
    return r.data() == null ? "" : r.data().toString();
  }

  private static String describe(PlannedRequest p) {
    String params =
        p.parameters().entrySet().stream()
            .map(ResultPrinter::parameter)
            .collect(Collectors.joining("&"));
    return "would send "
        + p.method()
        + " https://"
        + p.host()
        + p.path()
        + (params.isEmpty() ? "" : "?" + params)
        + (p.jsonBody() == null ? "" : " " + p.jsonBody());
  }

  private static String parameter(Map.Entry<String, List<String>> e) {
    return e.getValue().stream().map(v -> e.getKey() + "=" + v).collect(Collectors.joining("&"));
  }
}
