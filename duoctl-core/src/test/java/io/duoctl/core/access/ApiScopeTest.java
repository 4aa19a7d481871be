package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.vocabulary.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiScopeTest {

  @Test
  void includes_adminImpliesRunImpliesRead() {
    assertThat(ApiScope.ADMIN.includes(ApiScope.RUN)).isTrue();
    assertThat(ApiScope.ADMIN.includes(ApiScope.READ)).isTrue();
    assertThat(ApiScope.RUN.includes(ApiScope.READ)).isTrue();
    assertThat(ApiScope.RUN.includes(ApiScope.RUN)).isTrue();
    assertThat(ApiScope.RUN.includes(ApiScope.ADMIN)).isFalse();
    assertThat(ApiScope.READ.includes(ApiScope.RUN)).isFalse();
  }

  @Test
  void parse_acceptsTheWireNames_inAnyCase() {
    assertThat(ApiScope.parse("read", "scope")).isEqualTo(ApiScope.READ);
    assertThat(ApiScope.parse("Run", "scope")).isEqualTo(ApiScope.RUN);
    assertThat(ApiScope.parse(" ADMIN ", "scope")).isEqualTo(ApiScope.ADMIN);
    assertThat(ApiScope.ADMIN.wireName()).isEqualTo("admin");
  }

  @Test
  void parse_unknownScope_namesTheFieldAndTheAllowedValues() {
    assertThatThrownBy(() -> ApiScope.parse("write", "scope"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("invalid value: scope: \"write\" is not one of read, run or admin");
    assertThatThrownBy(() -> ApiScope.parse(null, "--role"))
        .hasMessageContaining("--role: is required: one of read, run or admin");
  }

  @Test
  void tokenLifetime_readsShortFormsAndIso() {
    assertThat(TokenLifetime.parse("90d")).isEqualTo(Duration.ofDays(90));
    assertThat(TokenLifetime.parse("12h")).isEqualTo(Duration.ofHours(12));
    assertThat(TokenLifetime.parse("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(TokenLifetime.parse("2w")).isEqualTo(Duration.ofDays(14));
    assertThat(TokenLifetime.parse("P7D")).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void tokenLifetime_rejectsNonsenseAndOutOfRange_namingTheField() {
    assertThatThrownBy(() -> TokenLifetime.parse("soon"))
        .isInstanceOf(InvalidApiTokenException.class)
        .hasMessageContaining("expires_in: \"soon\" is not a duration")
        .hasMessageContaining("24h, 7d or 2w");
    assertThatThrownBy(() -> TokenLifetime.parse("0d"))
        .hasMessageContaining("expires_in: must be between 1 minute and 3650 days");
    assertThatThrownBy(() -> TokenLifetime.parse("3651d"))
        .hasMessageContaining("expires_in: must be between");
  }
}
