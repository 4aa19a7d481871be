package io.duoctl.emulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void sameSeed_givesSameSequence() {
    Ids a = new Ids(42);
    Ids b = new Ids(42);

    assertThat(a.next(IdKind.USER)).isEqualTo(b.next(IdKind.USER));
    assertThat(a.secretKey()).isEqualTo(b.secretKey());
    assertThat(a.apiHostname()).isEqualTo(b.apiHostname());
  }

  @Test
  void differentSeeds_giveDifferentIds() {
    assertThat(new Ids(1).next(IdKind.USER)).isNotEqualTo(new Ids(2).next(IdKind.USER));
  }

  @Test
  void formats_followDuo() {
    Ids ids = new Ids(7);

    assertThat(ids.next(IdKind.ACCOUNT)).matches("DA[A-Z0-9]{18}");
    assertThat(ids.next(IdKind.INTEGRATION)).matches("DI[A-Z0-9]{18}");
    assertThat(ids.next(IdKind.PHONE)).matches("DP[A-Z0-9]{18}");
    assertThat(ids.secretKey()).matches("[A-Za-z0-9]{40}");
    assertThat(ids.apiHostname()).matches("api-[0-9a-f]{8}\\.duo\\.test");
  }
}
