package io.duoctl.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionLevel;
import io.duoctl.core.actions.Effect;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.mapping.MappingHealth;
import io.duoctl.core.mapping.MatchConfidence;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ValidationStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WireNamesTest {

  /** Every enum a user reads or types on some surface. */
  static Stream<Enum<?>> everyValue() {
    return Stream.of(
            AccessMode.class,
            ApiScope.class,
            AuditSubject.class,
            JobState.class,
            Effect.class,
            ActionLevel.class,
            ValidationStatus.class,
            DuoApi.class,
            MatchConfidence.class,
            MappingHealth.Side.class,
            SignatureVersion.class)
        .flatMap(type -> Arrays.stream(type.getEnumConstants()));
  }

  @ParameterizedTest
  @MethodSource("everyValue")
  <E extends Enum<E>> void everyWireName_isLowerSnakeCase_andParsesBackInAnyCase(Enum<?> value) {
    @SuppressWarnings("unchecked")
    Class<E> type = (Class<E>) value.getDeclaringClass();
    String wire = WireNames.of(value);

    assertThat(wire).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    assertThat(WireNames.parse(type, wire, "field")).isSameAs(value);
    assertThat(WireNames.parse(type, " " + wire.toUpperCase(Locale.ROOT) + " ", "field"))
        .isSameAs(value);
    assertThat(WireNames.parse(type, wire.replace('_', '-'), "field")).isSameAs(value);
    assertThat(WireNames.all(type)).contains(wire);
  }

  @ParameterizedTest
  @MethodSource("everyValue")
  void theEnumsOwnWireNames_agreeWithTheOneSpelling(Enum<?> value) {
    if (value instanceof ApiScope scope) {
      assertThat(scope.wireName()).isEqualTo(WireNames.of(value));
    }
    if (value instanceof ActionLevel level) {
      assertThat(level.wireName()).isEqualTo(WireNames.of(value));
    }
    if (value instanceof DuoApi api) {
      assertThat(api.fieldPrefix()).isEqualTo(WireNames.of(value));
    }
  }

  @org.junit.jupiter.api.Test
  void accessModes_areSpelledInSnakeCase_andTheOldKebabSpellingStillParses() {
    assertThat(WireNames.all(AccessMode.class))
        .containsExactly("child_account", "own_keys", "parent");
    assertThat(WireNames.parse(AccessMode.class, "own-keys", "access_mode"))
        .isEqualTo(AccessMode.OWN_KEYS);
  }

  @org.junit.jupiter.api.Test
  void anUnknownOrMissingValue_namesTheFieldAndEveryAcceptedValue() {
    assertThatThrownBy(() -> WireNames.parse(AccessMode.class, "mine", "access_mode"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("access_mode");
              assertThat(e.problem())
                  .isEqualTo("\"mine\" is not one of child_account, own_keys or parent");
            });
    assertThatThrownBy(() -> WireNames.parse(SignatureVersion.class, " ", "--signature-version"))
        .hasMessageContaining("--signature-version: is required: one of v2, v4 or v5");
  }
}
