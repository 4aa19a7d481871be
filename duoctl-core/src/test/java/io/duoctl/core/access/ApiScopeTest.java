package io.duoctl.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void parse_acceptsTheLowerCaseNames_inAnyCase() {
    assertThat(ApiScope.parse("read")).isEqualTo(ApiScope.READ);
    assertThat(ApiScope.parse("Run")).isEqualTo(ApiScope.RUN);
    assertThat(ApiScope.parse(" ADMIN ")).isEqualTo(ApiScope.ADMIN);
    assertThat(ApiScope.ADMIN.wireName()).isEqualTo("admin");
  }

  @Test
  void parse_unknownScope_namesTheAllowedValues() {
    assertThatThrownBy(() -> ApiScope.parse("write"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown scope \"write\"; use read, run or admin");
    assertThatThrownBy(() -> ApiScope.parse(null)).hasMessageContaining("use read, run or admin");
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
        .hasMessageContaining("expires_in: \"soon\" is not a lifetime")
        .hasMessageContaining("90d");
    assertThatThrownBy(() -> TokenLifetime.parse("0d"))
        .hasMessageContaining("expires_in: must be between 1 minute and 3650 days");
    assertThatThrownBy(() -> TokenLifetime.parse("3651d"))
        .hasMessageContaining("expires_in: must be between");
  }
}
