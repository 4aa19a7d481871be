package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class ApiTokenServiceContract {
  @TempDir Path dir;
  CoreFixture fixture;
  ApiTokenService tokens;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    tokens = new ApiTokenService(fixture.jdbi(), fixture.audit, fixture.clock, CoreFixture.RANDOM);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  @Test
  void create_returnsThePlaintextOnce_andStoresOnlyItsSha256() {
    CreatedApiToken created = tokens.create("n8n-prod", ApiScope.RUN, Optional.empty(), "alice");

    assertThat(created.plaintext()).matches("duoctl_[A-Za-z0-9_-]{43}");
    assertThat(created.token().prefix())
        .isEqualTo(created.plaintext().substring(0, 15))
        .hasSize(15);
    assertThat(created.token().createdBy()).isEqualTo("alice");
    List<Map<String, Object>> rows =
        fixture.jdbi().withHandle(h -> h.createQuery("SELECT * FROM api_token").mapToMap().list());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).values().toString()).doesNotContain(created.plaintext());
    assertThat(rows.get(0).get("token_hash"))
        .isEqualTo(ApiTokenService.hash(created.plaintext()))
        .asString()
        .hasSize(64);
  }

  @Test
  void create_makesDifferentTokensEachTime() {
    String first = tokens.create("a", ApiScope.READ, Optional.empty(), "alice").plaintext();
    String second = tokens.create("b", ApiScope.READ, Optional.empty(), "alice").plaintext();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void create_rejectsBadNameAndLifetime_namingEachField() {
    assertThatThrownBy(
            () -> tokens.create("has space", null, Optional.of(Duration.ofDays(4000)), "alice"))
        .isInstanceOfSatisfying(
            InvalidApiTokenException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("name", "scope", "expires_in"));
    assertThat(tokens.list()).isEmpty();
  }

  @Test
  void create_rejectsANameInUse_evenByARevokedToken() {
    tokens.create("ci", ApiScope.READ, Optional.empty(), "alice");
    tokens.revoke("ci", "alice");

    assertThatThrownBy(() -> tokens.create("ci", ApiScope.READ, Optional.empty(), "alice"))
        .isInstanceOf(InvalidApiTokenException.class)
        .hasMessageContaining("name: a token named \"ci\" already exists");
    assertThat(tokens.list()).hasSize(1);
    assertThat(fixture.audit.find(AuditQuery.all().withAction("created")).total()).isEqualTo(1);
  }

  @Test
  void authenticate_acceptsTheCreatedToken_withItsScope() {
    CreatedApiToken created = tokens.create("ci", ApiScope.RUN, Optional.empty(), "alice");

    ApiToken token = tokens.authenticate(created.plaintext()).orElseThrow();

    assertThat(token.name()).isEqualTo("ci");
    assertThat(token.allows(ApiScope.READ)).isTrue();
    assertThat(token.allows(ApiScope.RUN)).isTrue();
    assertThat(token.allows(ApiScope.ADMIN)).isFalse();
  }

  @Test
  void authenticate_rejectsMalformedAndUnknownTokens() {
    CreatedApiToken created = tokens.create("ci", ApiScope.ADMIN, Optional.empty(), "alice");
    String plaintext = created.plaintext();
    char last = plaintext.charAt(plaintext.length() - 1);
    String oneCharOff = plaintext.substring(0, plaintext.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(tokens.authenticate(null)).isEmpty();
    assertThat(tokens.authenticate("")).isEmpty();
    assertThat(tokens.authenticate(created.token().prefix())).isEmpty();
    assertThat(tokens.authenticate(plaintext + "x")).isEmpty();
    assertThat(tokens.authenticate(" " + plaintext)).isEmpty();
    assertThat(tokens.authenticate(oneCharOff)).isEmpty();
    assertThat(tokens.authenticate(plaintext)).isPresent();
  }

  @Test
  void authenticate_rejectsATokenOnceRevoked_byNameOrById() {
    CreatedApiToken byName = tokens.create("one", ApiScope.READ, Optional.empty(), "alice");
    CreatedApiToken byId = tokens.create("two", ApiScope.READ, Optional.empty(), "alice");

    ApiToken revoked = tokens.revoke("one", "bob");
    tokens.revoke(byId.token().id(), "bob");

    assertThat(revoked.revokedAt())
        .contains(fixture.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(tokens.authenticate(byName.plaintext())).isEmpty();
    assertThat(tokens.authenticate(byId.plaintext())).isEmpty();
    assertThat(revoked.status(fixture.clock.instant())).isEqualTo("revoked");
  }

  @Test
  void authenticate_rejectsATokenFromTheMomentItExpires() {
    CreatedApiToken created =
        tokens.create("short", ApiScope.READ, Optional.of(Duration.ofHours(1)), "alice");
    assertThat(created.token().expiresAt()).contains(created.token().createdAt().plusSeconds(3600));

    fixture.clock.advance(Duration.ofMinutes(59));
    assertThat(tokens.authenticate(created.plaintext())).isPresent();
    assertThat(tokens.find("short").orElseThrow().status(fixture.clock.instant()))
        .isEqualTo("active");

    fixture.clock.advance(Duration.ofMinutes(1));
    assertThat(tokens.authenticate(created.plaintext())).isEmpty();
    assertThat(tokens.find("short").orElseThrow().expired(fixture.clock.instant())).isTrue();
    assertThat(tokens.find("short").orElseThrow().status(fixture.clock.instant()))
        .isEqualTo("expired");
  }

  @Test
  void authenticate_recordsLastUse_atMostOnceAMinute() {
    CreatedApiToken created = tokens.create("ci", ApiScope.READ, Optional.empty(), "alice");
    assertThat(tokens.find("ci").orElseThrow().lastUsedAt()).isEmpty();

    ApiToken first = tokens.authenticate(created.plaintext()).orElseThrow();
    fixture.clock.advance(Duration.ofSeconds(30));
    tokens.authenticate(created.plaintext());

    assertThat(first.lastUsedAt()).isPresent();
    assertThat(tokens.find("ci").orElseThrow().lastUsedAt()).isEqualTo(first.lastUsedAt());

    fixture.clock.advance(Duration.ofSeconds(31));
    ApiToken later = tokens.authenticate(created.plaintext()).orElseThrow();
    assertThat(later.lastUsedAt()).isNotEqualTo(first.lastUsedAt());
    assertThat(tokens.find("ci").orElseThrow().lastUsedAt()).isEqualTo(later.lastUsedAt());
  }

  @Test
  void authenticate_writesLaterUsesOnlyWhenFlushed_whileThisNodeShowsThemAtOnce() {
    ApiTokenService otherNode =
        new ApiTokenService(fixture.jdbi(), fixture.audit, fixture.clock, CoreFixture.RANDOM);
    CreatedApiToken created = tokens.create("ci", ApiScope.READ, Optional.empty(), "alice");
    ApiToken first = tokens.authenticate(created.plaintext()).orElseThrow();
    assertThat(otherNode.find("ci").orElseThrow().lastUsedAt())
        .as("a first use is written at once")
        .isEqualTo(first.lastUsedAt());

    fixture.clock.advance(Duration.ofMinutes(2));
    ApiToken later = tokens.authenticate(created.plaintext()).orElseThrow();

    assertThat(tokens.find("ci").orElseThrow().lastUsedAt()).isEqualTo(later.lastUsedAt());
    assertThat(otherNode.find("ci").orElseThrow().lastUsedAt())
        .as("not written per request")
        .isEqualTo(first.lastUsedAt());
    tokens.flush();
    assertThat(otherNode.find("ci").orElseThrow().lastUsedAt()).isEqualTo(later.lastUsedAt());
  }

  @Test
  void close_writesTheUsesStillInMemory() {
    ApiTokenService otherNode =
        new ApiTokenService(fixture.jdbi(), fixture.audit, fixture.clock, CoreFixture.RANDOM);
    CreatedApiToken created = tokens.create("ci", ApiScope.READ, Optional.empty(), "alice");
    tokens.authenticate(created.plaintext());
    fixture.clock.advance(Duration.ofMinutes(5));
    ApiToken later = tokens.authenticate(created.plaintext()).orElseThrow();

    tokens.close();

    assertThat(otherNode.find("ci").orElseThrow().lastUsedAt()).isEqualTo(later.lastUsedAt());
  }

  @Test
  void authenticate_refusesATokenRevokedByAnotherNode_atOnce() {
    ApiTokenService otherNode =
        new ApiTokenService(fixture.jdbi(), fixture.audit, fixture.clock, CoreFixture.RANDOM);
    CreatedApiToken created = tokens.create("ci", ApiScope.READ, Optional.empty(), "alice");
    assertThat(tokens.authenticate(created.plaintext())).isPresent();

    otherNode.revoke("ci", "bob");

    assertThat(tokens.authenticate(created.plaintext())).isEmpty();
  }

  @Test
  void revoke_unknownToken_saysHowToFindTheNames() {
    assertThatThrownBy(() -> tokens.revoke("nope", "alice"))
        .isInstanceOf(ApiTokenNotFoundException.class)
        .hasMessage(
            "no API token named \"nope\" (or with that id); list them with duoctl tokens list");
  }

  @Test
  void revoke_twice_keepsTheFirstRevocationTime() {
    tokens.create("ci", ApiScope.READ, Optional.empty(), "alice");
    ApiToken first = tokens.revoke("ci", "alice");
    fixture.clock.advance(Duration.ofHours(1));

    assertThat(tokens.revoke("ci", "alice").revokedAt()).isEqualTo(first.revokedAt());
  }

  @Test
  void list_showsEveryTokenNewestFirst_withoutSecrets() {
    CreatedApiToken old = tokens.create("old", ApiScope.READ, Optional.empty(), "alice");
    fixture.clock.advance(Duration.ofMinutes(1));
    CreatedApiToken fresh = tokens.create("new", ApiScope.ADMIN, Optional.empty(), "alice");
    tokens.revoke("old", "alice");

    List<ApiToken> listed = tokens.list();

    assertThat(listed).extracting(ApiToken::name).containsExactly("new", "old");
    assertThat(listed.toString()).doesNotContain(old.plaintext()).doesNotContain(fresh.plaintext());
  }

  @Test
  void createAndRevoke_areAudited_withoutTheSecret() {
    CreatedApiToken created =
        tokens.create("ci", ApiScope.RUN, Optional.of(Duration.ofDays(90)), "alice");
    tokens.revoke("ci", "bob");

    List<AuditEntry> entries =
        fixture
            .audit
            .find(AuditQuery.all().withSubject(AuditSubject.API_TOKEN, created.token().id()))
            .entries();

    assertThat(entries).extracting(AuditEntry::action).containsExactly("revoked", "created");
    assertThat(entries).extracting(AuditEntry::actor).containsExactly("bob", "alice");
    assertThat(entries.toString())
        .contains("scope", "run", created.token().prefix())
        .doesNotContain(created.plaintext())
        .doesNotContain(ApiTokenService.hash(created.plaintext()));
  }

  @Test
  void toString_masksThePlaintext() {
    CreatedApiToken created = tokens.create("ci", ApiScope.RUN, Optional.empty(), "alice");

    assertThat(created.toString())
        .contains("ci", created.token().prefix())
        .doesNotContain(created.plaintext());
  }
}
