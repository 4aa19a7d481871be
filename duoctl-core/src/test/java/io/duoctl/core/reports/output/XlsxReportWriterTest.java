package io.duoctl.core.reports.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ColumnType;
import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

  record Line(String name, Long count, Double share, Instant seen, LocalDate due, Boolean flag) {}

  private static final ReportDefinition<Line> REPORT =
      ReportDefinition.of(
          "every_type",
          "Every type",
          "A column of each type",
          List.of(),
          List.of(
              Column.text("name", "Text", Line::name),
              Column.integer("count", "Integer", Line::count),
              Column.percent("share", "Percent", Line::share),
              Column.instant("seen", "Instant", Line::seen),
              new Column<>("due", ColumnType.DATE, "Date", Line::due),
              Column.bool("flag", "Boolean", Line::flag)),
          (context, input, rows) -> {});

  @Test
  void workbook_hasOneSheetNamedForTheReport_aBoldHeader_andTypedCells() throws Exception {
    XSSFWorkbook workbook =
        written(
            new OrganizationReport<>(
                "DA1",
                "Acme",
                List.of(
                    new Line(
                        "jdoe",
                        42L,
                        87.5,
                        Instant.parse("2026-03-04T05:06:07Z"),
                        LocalDate.parse("2026-12-31"),
                        true),
                    new Line("empty", null, null, null, null, null)),
                null));

    assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
    Sheet sheet = workbook.getSheetAt(0);
    assertThat(sheet.getSheetName()).isEqualTo("Every type");
    assertThat(texts(sheet.getRow(0)))
        .containsExactly(
            "organization",
            "organization_id",
            "ok",
            "error.code",
            "error.message",
            "error.duo_code",
            "error.message_detail",
            "name",
            "count",
            "share",
            "seen",
            "due",
            "flag");
    assertThat(
            workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
        .isTrue();

    Row row = sheet.getRow(1);
    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Acme");
    assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.BOOLEAN);
    assertThat(row.getCell(2).getBooleanCellValue()).isTrue();
    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("jdoe");
    assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(42.0);
    assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(0.875);
    assertThat(row.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    assertThat(DateUtil.isCellDateFormatted(row.getCell(10))).isTrue();
    assertThat(row.getCell(10).getLocalDateTimeCellValue())
        .isEqualTo(LocalDateTime.parse("2026-03-04T05:06:07"));
    assertThat(DateUtil.isCellDateFormatted(row.getCell(11))).isTrue();
    assertThat(row.getCell(11).getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(LocalDate.parse("2026-12-31"));
    assertThat(row.getCell(12).getCellType()).isEqualTo(CellType.BOOLEAN);
    assertThat(row.getCell(12).getBooleanCellValue()).isTrue();

    Row empty = sheet.getRow(2);
    for (int column = 8; column <= 12; column++) {
      assertThat(empty.getCell(column).getCellType())
          .as("column %d", column)
          .isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void aFailedOrganization_isOneRowWithItsError() throws Exception {
    XSSFWorkbook workbook =
        written(
            OrganizationReport.failed(
                "Nobody", "Nobody", ActionError.of(ErrorCode.UNKNOWN_ORGANIZATION, "no such")));

    Row row = workbook.getSheetAt(0).getRow(1);
    assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
    assertThat(row.getCell(2).getBooleanCellValue()).isFalse();
    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("unknown_organization");
    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("no such");
  }

  private static XSSFWorkbook written(OrganizationReport<Line> organization) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ReportWriter<Line> writer = ReportOutput.open(ReportFormat.XLSX, REPORT, bytes)) {
      writer.write(organization);
    }
    return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getStringCellValue());
    }
    return texts;
  }
}
