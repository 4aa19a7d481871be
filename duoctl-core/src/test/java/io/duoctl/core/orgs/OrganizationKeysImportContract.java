package io.duoctl.core.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
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

abstract class OrganizationKeysImportContract {
  static final String ADMIN_SKEY = "A".repeat(20) + "adminsecret000000001";
  static final String AUTH_SKEY = "B".repeat(20) + "authsecret0000000002";
  static final String DIRECTORY_KEY = "DIRKEY-import-7c1e";

  @TempDir Path dir;
  CoreFixture fixture;
  OrganizationService orgs;
  OrganizationKeyService keys;
  OrganizationKeysImport importer;

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
    keys = new OrganizationKeyService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    importer = new OrganizationKeysImport(fixture.jdbi(), orgs, keys, settings);
    orgs.create(NewOrganization.named("Globex").withAccessMode(AccessMode.OWN_KEYS), "alice");
    orgs.create(NewOrganization.named("Acme Dental"), "alice");
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  private List<OrganizationKeysImport.Line> importText(String csv) {
    return importer.importCsv(new StringReader(csv), null, "alice");
  }

  @Test
  void import_storesOwnKeysAndDirectoryKeys_lineByLine() {
    List<OrganizationKeysImport.Line> lines =
        importText(
            """
            organization,api,host,ikey,secret_key,directory_key
            Globex,admin,API-GLOBEX01.duosecurity.com,DIGLOBEXADMIN0000001,%s,
            Globex,auth,api-globex01.duosecurity.com,DIGLOBEXAUTH00000002,%s,
            Acme Dental,,,,,%s
            """
                .formatted(ADMIN_SKEY, AUTH_SKEY, DIRECTORY_KEY));

    assertThat(lines)
        .extracting(OrganizationKeysImport.Line::number, OrganizationKeysImport.Line::api)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, DuoApi.ADMIN),
            org.assertj.core.groups.Tuple.tuple(3, DuoApi.AUTH),
            org.assertj.core.groups.Tuple.tuple(4, null));
    Organization globex = orgs.findByName("production", "Globex").orElseThrow();
    assertThat(globex.ownKeys(DuoApi.ADMIN).orElseThrow().host())
        .isEqualTo("api-globex01.duosecurity.com");
    assertThat(globex.ownKeys(DuoApi.ADMIN).orElseThrow().secretKey().reveal())
        .isEqualTo(ADMIN_SKEY);
    assertThat(globex.ownKeys(DuoApi.AUTH).orElseThrow().integrationKey())
        .isEqualTo("DIGLOBEXAUTH00000002");
    assertThat(orgs.findByName("production", "Acme Dental").orElseThrow().directoryKey().reveal())
        .isEqualTo(DIRECTORY_KEY);
    assertThat(fixture.audit.find(AuditQuery.all()).entries().toString())
        .contains("own-keys-set", "directory-key-set")
        .doesNotContain(ADMIN_SKEY, AUTH_SKEY, DIRECTORY_KEY);
  }

  @Test
  void import_withBadLines_storesNothing_andReportsEveryLineWithoutASecret() {
    String shortSecret = "tooshort-secret-value";
    String spacedDirectoryKey = "DIR KEY with spaces";

    assertThatThrownBy(
            () ->
                importText(
                    """
                    organization,api,host,ikey,secret_key,directory_key
                    Globex,admin,api-globex01.duosecurity.com,DIGLOBEXADMIN0000001,%s,
                    Nobody Inc,admin,api-globex01.duosecurity.com,DIGLOBEXADMIN0000001,%s,
                    Globex,accounts,api-globex01.duosecurity.com,DIGLOBEXADMIN0000001,%s,
                    Globex,auth,api-globex01.duosecurity.com,DIBAD,%s,
                    Acme Dental,,,,,%s
                    Globex,admin,api-globex01.duosecurity.com,DIGLOBEXADMIN0000001,%s,
                    Acme Dental,,,,,
                    """
                        .formatted(
                            ADMIN_SKEY,
                            ADMIN_SKEY,
                            ADMIN_SKEY,
                            shortSecret,
                            spacedDirectoryKey,
                            ADMIN_SKEY)))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(CsvLineError::line, CsvLineError::field)
                  .containsExactlyInAnyOrder(
                      org.assertj.core.groups.Tuple.tuple(3, "organization"),
                      org.assertj.core.groups.Tuple.tuple(4, "api"),
                      org.assertj.core.groups.Tuple.tuple(5, "ikey"),
                      org.assertj.core.groups.Tuple.tuple(5, "secret_key"),
                      org.assertj.core.groups.Tuple.tuple(6, "directory_key"),
                      org.assertj.core.groups.Tuple.tuple(7, "api"),
                      org.assertj.core.groups.Tuple.tuple(8, "csv"));
              assertThat(e.getMessage())
                  .contains("line 7, api: repeats what line 2 sets for Globex")
                  .doesNotContain(ADMIN_SKEY, shortSecret, spacedDirectoryKey);
            });

    Organization globex = orgs.findByName("production", "Globex").orElseThrow();
    assertThat(globex.ownKeys()).isEmpty();
    assertThat(orgs.findByName("production", "Acme Dental").orElseThrow().directoryKey()).isNull();
  }

  @Test
  void import_withAnUnknownColumn_namesTheColumnsOnTheHeaderLine() {
    assertThatThrownBy(() -> importText("organization,password\nGlobex,x\n"))
        .isInstanceOfSatisfying(
            CsvImportException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.line()).isEqualTo(1);
                          assertThat(error.message())
                              .contains(
                                  "organization, api, host, ikey, secret_key and directory_key");
                        }));
  }
}
