package io.duoctl.core.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented limits on names, tags and variables, and that the largest allowed fit. */
abstract class OrganizationLimitsContract {
  static final String HUGE = "n".repeat(70_000);

  @TempDir Path dir;
  CoreFixture fixture;
  OrganizationService orgs;

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
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  static Set<String> tags(int count, int length) {
    return IntStream.range(0, count)
        .mapToObj(i -> String.format("%0" + length + "d", i))
        .collect(Collectors.toSet());
  }

  static Map<String, String> variables(int count, int nameLength, int valueLength) {
    return IntStream.range(0, count)
        .mapToObj(i -> "v" + String.format("%0" + (nameLength - 1) + "d", i))
        .collect(Collectors.toMap(Function.identity(), n -> "x".repeat(valueLength)));
  }

  static List<FieldError> refusal(Runnable call) {
    InvalidOrganizationException e =
        catchThrowableOfType(InvalidOrganizationException.class, call::run);
    assertThat(e).as("refused as invalid input").isNotNull();
    assertThat(e.getMessage()).hasSizeLessThan(1_000);
    return e.errors();
  }

  @Test
  void create_atEveryLimit_isStored_andItsAuditEntryIsMarkedTruncated() {
    NewOrganization largest =
        new NewOrganization(
            null,
            "a".repeat(OrganizationLimits.MAX_NAME),
            "e".repeat(OrganizationLimits.MAX_NAME),
            tags(OrganizationLimits.MAX_TAGS, OrganizationLimits.MAX_TAG),
            variables(
                OrganizationLimits.MAX_VARIABLES,
                OrganizationLimits.MAX_VARIABLE_NAME,
                OrganizationLimits.MAX_VARIABLE_VALUE),
            null);

    Organization created = orgs.create(largest, "alice");

    Organization stored = orgs.get(created.id());
    assertThat(stored.tags()).hasSize(50);
    assertThat(stored.variables()).hasSize(100).containsAllEntriesOf(largest.variables());
    AuditEntry entry =
        fixture
            .audit
            .find(AuditQuery.all().withSubject(AuditSubject.ORGANIZATION, created.id()))
            .entries()
            .get(0);
    assertThat(entry.action()).isEqualTo("created");
    assertThat(entry.changes().get(entry.changes().size() - 1).field())
        .isEqualTo(AuditChange.TRUNCATED_FIELD);
  }

  @Test
  void create_pastTheLimits_isRefused_namingEachField() {
    NewOrganization tooMuch =
        new NewOrganization(
            null,
            HUGE,
            HUGE,
            tags(OrganizationLimits.MAX_TAGS + 1, 8),
            variables(OrganizationLimits.MAX_VARIABLES + 1, 8, 8),
            null);

    assertThat(refusal(() -> orgs.create(tooMuch, "alice")))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("name", "external_id", "tags", "variables");
    assertThat(orgs.listAll("production")).isEmpty();
  }

  @Test
  void create_withOverlongTagVariableNameOrValue_isRefused_withoutEchoingThem() {
    String longName = "v".repeat(OrganizationLimits.MAX_VARIABLE_NAME + 1);
    NewOrganization org =
        new NewOrganization(
            null,
            "Acme",
            null,
            Set.of("t".repeat(OrganizationLimits.MAX_TAG + 1), HUGE),
            Map.of(longName, "1", "psa_id", "x".repeat(OrganizationLimits.MAX_VARIABLE_VALUE + 1)),
            null);

    List<FieldError> errors = refusal(() -> orgs.create(org, "alice"));

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("tags", "tags", "variables." + longName, "variables.psa_id");
  }

  @Test
  void taggingPastFiftyTags_isRefused_andNoTagIsAdded() {
    Organization org =
        orgs.create(
            NewOrganization.named("Acme").withTags(tags(OrganizationLimits.MAX_TAGS - 1, 4)),
            "alice");

    assertThat(refusal(() -> orgs.tag(org.id(), List.of("late-1", "late-2"), "alice")))
        .extracting(FieldError::field)
        .containsExactly("tag");
    assertThat(orgs.get(org.id()).tags()).hasSize(49);
  }

  @Test
  void updatePastTheLimits_isRefused_andNothingOfItIsSaved() {
    Organization org =
        orgs.create(
            new NewOrganization(
                null,
                "Acme",
                null,
                tags(OrganizationLimits.MAX_TAGS, 4),
                variables(OrganizationLimits.MAX_VARIABLES, 8, 4),
                null),
            "alice");

    OrganizationUpdate tooMany =
        OrganizationUpdate.none()
            .withName("Acme Corp")
            .withAddedTags(List.of("one-more"))
            .withVariables(Map.of("one_more", "1"));

    assertThat(refusal(() -> orgs.update(org.id(), tooMany, "alice")))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("add_tags", "variables");
    Organization after = orgs.get(org.id());
    assertThat(after.name()).isEqualTo("Acme");
    assertThat(after.tags()).hasSize(50);
    assertThat(after.variables()).hasSize(100);
  }

  @Test
  void updateThatRemovesAsManyAsItAdds_staysWithinTheLimits() {
    Set<String> fifty = tags(OrganizationLimits.MAX_TAGS, 4);
    Organization org = orgs.create(NewOrganization.named("Acme").withTags(fifty), "alice");
    String first = fifty.iterator().next();

    Organization after =
        orgs.update(
            org.id(),
            OrganizationUpdate.none()
                .withAddedTags(List.of("replacement"))
                .withRemovedTags(List.of(first)),
            "alice");

    assertThat(after.tags()).hasSize(50).contains("replacement").doesNotContain(first);
  }

  @Test
  void settingTheHundredAndFirstVariable_isRefused() {
    Organization org =
        orgs.create(
            new NewOrganization(
                null,
                "Acme",
                null,
                Set.of(),
                variables(OrganizationLimits.MAX_VARIABLES, 8, 4),
                null),
            "alice");

    assertThat(refusal(() -> orgs.setVariable(org.id(), "one_more", "1", "alice")))
        .extracting(FieldError::field)
        .containsExactly("variables");
    assertThat(orgs.get(org.id()).variables()).hasSize(100);
  }

  @Test
  void renameOrLookUpBySeventyKilobyteName_isRefusedOrNotFound_neverADatabaseError() {
    Organization org = orgs.create(NewOrganization.named("Acme"), "alice");

    assertThat(refusal(() -> orgs.rename(org.id(), HUGE, "alice")))
        .extracting(FieldError::field)
        .containsExactly("name");
    assertThat(orgs.findByName(null, HUGE)).isEmpty();
    assertThat(catchThrowableOfType(OrganizationNotFoundException.class, () -> orgs.get(HUGE)))
        .hasMessageStartingWith("no organization with id nnn")
        .message()
        .hasSizeLessThan(1_000);
    assertThat(
            catchThrowableOfType(
                OrganizationNotFoundException.class, () -> orgs.getByNameOrId(null, HUGE)))
        .hasMessageEndingWith("…\"; list them with duoctl orgs list")
        .message()
        .hasSizeLessThan(1_000);
  }
}
