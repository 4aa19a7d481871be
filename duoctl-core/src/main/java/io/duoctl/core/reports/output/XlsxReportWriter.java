package io.duoctl.core.reports.output;

import io.duoctl.core.actions.ActionError;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ColumnType;
import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportDefinition;
import io.duoctl.core.results.OrganizationOutcome;
import io.duoctl.core.results.ResultItems;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an Excel workbook: one sheet named after the report, a bold frozen header row, and
 * typed cells (integers and percents as numbers, instants as UTC date-times, booleans as booleans).
 * The one class of duoctl that uses Apache POI; its streaming workbook keeps 100 rows in memory and
 * the rest in a temporary file until {@link #close()} writes the workbook.
 */
final class XlsxReportWriter<R> implements ReportWriter<R> {

  private static final int ROWS_IN_MEMORY = 100;

  private final ReportDefinition<R> report;
  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final SXSSFSheet sheet;
  private final Map<ColumnType, CellStyle> styles = new EnumMap<>(ColumnType.class);
  private int next;

  XlsxReportWriter(ReportDefinition<R> report, OutputStream out) {
    this.report = report;
    this.out = out;
    this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
    styles.put(ColumnType.INTEGER, format("0"));
    styles.put(ColumnType.PERCENT, format("0.0%"));
    styles.put(ColumnType.INSTANT, format("yyyy-mm-dd hh:mm:ss"));
    styles.put(ColumnType.DATE, format("yyyy-mm-dd"));
    header();
  }

  private CellStyle format(String pattern) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
    return style;
  }

  private void header() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    Row row = sheet.createRow(next++);
    List<String> names = ReportCells.header(report);
    for (int i = 0; i < names.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(names.get(i));
      cell.setCellStyle(style);
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void write(OrganizationReport<R> organization) {
    if (!organization.ok()) {
      leading(organization);
    }
    for (R line : organization.rows()) {
      Row row = leading(organization);
      int at = ResultItems.LEADING_COLUMNS.size();
      for (Column<R> column : report.columns()) {
        set(row.createCell(at++), column.type(), column.of(line));
      }
    }
  }

  private Row leading(OrganizationReport<R> organization) {
    Row row = sheet.createRow(next++);
    ActionError error = organization.error();
    set(row.createCell(0), ColumnType.TEXT, organization.organization());
    set(row.createCell(1), ColumnType.TEXT, organization.organizationId());
    set(row.createCell(2), ColumnType.BOOLEAN, organization.ok());
    if (error != null) {
      set(row.createCell(3), ColumnType.TEXT, OrganizationOutcome.code(error.code()));
      set(row.createCell(4), ColumnType.TEXT, error.message());
      set(
          row.createCell(5),
          ColumnType.INTEGER,
          error.duoCode() == null ? null : error.duoCode().longValue());
      set(row.createCell(6), ColumnType.TEXT, error.messageDetail());
    }
    return row;
  }

  private void set(Cell cell, ColumnType type, Object value) {
    if (value == null) {
      cell.setBlank();
      return;
    }
    switch (type) {
      case INTEGER -> cell.setCellValue(((Long) value).doubleValue());
      case PERCENT -> cell.setCellValue((Double) value / 100);
      case INSTANT -> cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
      case DATE -> cell.setCellValue((LocalDate) value);
      case BOOLEAN -> cell.setCellValue((Boolean) value);
      case TEXT -> cell.setCellValue(value.toString());
    }
    CellStyle style = styles.get(type);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  @Override
  public void close() {
    try (workbook) {
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workbook or remove its temporary file", e);
    }
  }
}
