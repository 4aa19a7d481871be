package io.duoctl.core.reports.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.results.OrganizationOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as JSON items written as they come, one per row (a failed organization: one with its
 * {@code error}), shaped like every result item ({@link io.duoctl.core.results.ResultItems}):
 * {@code organization}, {@code organization_id}, {@code ok}, then the columns with typed values
 * (numbers, booleans, ISO-8601 instants). JSON is an array with one item per line; JSONL is one
 * item per line.
 */
final class JsonReportWriter<R> implements ReportWriter<R> {

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final ReportDefinition<R> report;
  private final boolean lines;
  private final OutputStream out;
  private final JsonGenerator json;
  private boolean first = true;

  JsonReportWriter(ReportDefinition<R> report, boolean lines, OutputStream out) {
    this.report = report;
    this.lines = lines;
    this.out = out;
    try {
      this.json = JSON.createGenerator(out);
      json.setRootValueSeparator(null);
      if (!lines) {
        raw("[");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  @Override
  public void write(OrganizationReport<R> organization) {
    try {
      if (!organization.ok()) {
        item(organization, null);
      }
      for (R row : organization.rows()) {
        item(organization, row);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  private void item(OrganizationReport<R> organization, R row) throws IOException {
    if (!lines) {
      raw(first ? "\n" : ",\n");
    }
    first = false;
    json.writeStartObject();
    json.writeStringField("organization", organization.organization());
    json.writeStringField("organization_id", organization.organizationId());
    json.writeBooleanField("ok", organization.ok());
    ActionError error = organization.error();
    if (error != null) {
      json.writeObjectFieldStart("error");
      json.writeStringField("code", OrganizationOutcome.code(error.code()));
      json.writeStringField("message", error.message());
      json.writeFieldName("duo_code");
      if (error.duoCode() == null) {
        json.writeNull();
      } else {
        json.writeNumber(error.duoCode());
      }
      json.writeStringField("message_detail", error.messageDetail());
      json.writeEndObject();
    } else {
      for (Column<R> column : report.columns()) {
        json.writeFieldName(column.name());
        value(column.of(row));
      }
    }
    json.writeEndObject();
    json.flush();
    if (lines) {
      raw("\n");
    }
  }

  private void value(Object value) throws IOException {
    switch (value) {
      case null -> json.writeNull();
      case Long number -> json.writeNumber(number);
      case Double number -> json.writeNumber(ReportCells.decimal(number));
      case Boolean bool -> json.writeBoolean(bool);
      case Instant instant -> json.writeString(instant.toString());
      case LocalDate date -> json.writeString(date.toString());
      default -> json.writeString(value.toString());
    }
  }

  private void raw(String text) throws IOException {
    json.writeRaw(text);
    json.flush();
  }

  @Override
  public void close() {
    try {
      if (!lines) {
        raw(first ? "]\n" : "\n]\n");
      }
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }
}
