package io.duoctl.core.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class OrganizationCsvImportContract {
  @TempDir Path dir;
  CoreFixture fixture;
  OrganizationService orgs;
  OrganizationCsvImport importer;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    SettingsService settings =
        new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(ConfigurationUpdate.named("production"), "alice");
    orgs =
        new OrganizationService(
            fixture.jdbi(), fixture.vault, settings, fixture.audit, fixture.clock);
    importer = new OrganizationCsvImport(fixture.jdbi(), orgs, settings);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  private List<Organization> importText(String csv) {
    return importer.importCsv(new StringReader(csv), null, "alice");
  }

  @Test
  void import_createsOneOrganizationPerRow_withQuotedCommasAndTags() {
    List<Organization> created =
        importText(
            """
            name,external_id,tags
            "Acme, Inc.",PSA-1,gold;eu

            Globex GmbH,,
            Initech,PSA-3,silver
            """);

    assertThat(created)
        .extracting(Organization::name)
        .containsExactly("Acme, Inc.", "Globex GmbH", "Initech");
    assertThat(created.get(0).tags()).containsExactly("eu", "gold");
    assertThat(created.get(1).externalId()).isNull();
    assertThat(orgs.listAll("production")).hasSize(3);
  }

  @Test
  void import_acceptsAByteOrderMarkAsSpreadsheetsWriteIt() {
    assertThat(importText("\uFEFFname,external_id\nAcme,1\n"))
        .extracting(Organization::name)
        .containsExactly("Acme");
  }

  @Test
  void import_acceptsColumnsInAnyOrderAndOnlyName() {
    assertThat(importText("Tags,Name\nvip,Acme\n"))
        .singleElement()
        .satisfies(o -> assertThat(o.tags()).containsExactly("vip"));
    assertThat(importText("name\nGlobex\n"))
        .extracting(Organization::name)
        .containsExactly("Globex");
  }

  @Test
  void import_withBadLines_reportsEachLineAndField_andImportsNothing() {
    String csv =
        """
        name,external_id,tags
        Acme,PSA-1,gold
        ,PSA-2,
        Globex,PSA-3,!nope
        acme,PSA-4,
        Initech,PSA-5,a,extra
        """;

    assertThatThrownBy(() -> importText(csv))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.errors())
                    .extracting(CsvLineError::line, CsvLineError::field)
                    .containsExactly(
                        tuple(3, "name"), tuple(4, "tags"), tuple(5, "name"), tuple(6, "csv")));
    assertThat(orgs.listAll("production")).isEmpty();
  }

  @Test
  void import_ofANameThatAlreadyExists_isRefusedWhole() {
    orgs.create(NewOrganization.named("Globex"), "alice");

    assertThatThrownBy(() -> importText("name\nAcme\nGLOBEX\n"))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        err -> {
                          assertThat(err.line()).isEqualTo(3);
                          assertThat(err.message()).contains("already exists");
                        }));
    assertThat(orgs.listAll("production")).extracting(Organization::name).containsExactly("Globex");
  }

  @Test
  void import_countsLinesOfMultilineQuotedValues() {
    assertThatThrownBy(() -> importText("name,tags\n\"Acme\nCorp\",gold\n,x\n"))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.errors())
                    .extracting(CsvLineError::line, CsvLineError::field)
                    .containsExactly(tuple(2, "name"), tuple(4, "name")));
  }

  @Test
  void import_afterQuotedValuesSpanningLines_reportsTheTrueLineOfEveryBadRow() {
    String csv =
        "name,external_id,tags\r\n"
            + "Acme,\"PSA\r\n1\",\"gold;\r\n\r\neu\"\r\n"
            + ",PSA-2,\r\n"
            + "Globex,\"x\ny\nz\",!nope\n"
            + "\n"
            + ",PSA-4,\n";

    assertThatThrownBy(() -> importText(csv))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.errors())
                    .extracting(CsvLineError::line, CsvLineError::field)
                    .containsExactly(tuple(6, "name"), tuple(7, "tags"), tuple(11, "name")));
  }

  @Test
  void import_withAnUnterminatedQuote_saysTheLineItStartsOn() {
    String csv = "name,tags\nAcme,gold\nGlobex,\"silver\nInitech,x\nUmbrella,y\n";

    assertThatThrownBy(() -> importText(csv))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        err -> {
                          assertThat(err.line()).isEqualTo(3);
                          assertThat(err.message()).contains("quote", "line 3");
                        }));
  }

  @Test
  void import_reportsNameClashes_inTheSamePassAsTheOtherErrors() {
    orgs.create(NewOrganization.named("Globex"), "alice");

    assertThatThrownBy(() -> importText("name,tags\nAcme,gold\nGLOBEX,\n,x\nacme,\nBolt,!no\n"))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.errors())
                    .extracting(CsvLineError::line, CsvLineError::field)
                    .containsExactly(
                        tuple(3, "name"), tuple(4, "name"), tuple(5, "name"), tuple(6, "tags")));
    assertThat(orgs.listAll("production")).extracting(Organization::name).containsExactly("Globex");
  }

  @Test
  void import_withoutAHeader_orWithUnknownColumns_explainsTheHeader() {
    assertThatThrownBy(() -> importText("Acme,PSA-1,gold\n"))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("line 1, header: unknown column \"Acme\"");
    assertThatThrownBy(() -> importText(""))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> importText("name,\"unclosed\nAcme,x\n"))
        .isInstanceOf(CsvImportException.class);
  }
}
