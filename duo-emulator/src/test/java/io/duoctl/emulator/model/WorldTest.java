package io.duoctl.emulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldTest {

  private final EmulatorClock clock = EmulatorClock.fixedAt(Instant.parse("2026-01-01T00:00:00Z"));
  private final World world = new World(clock, new Ids(3));

  @Test
  void accounts_areFoundByIdAndHostnameInAnyCase() {
    Account msp = world.createParentAccount("MSP");

    assertThat(world.account(msp.id())).containsSame(msp);
    assertThat(world.accountByHostname(msp.apiHostname().toUpperCase(java.util.Locale.ROOT)))
        .containsSame(msp);
  }

  @Test
  void children_areListedInCreationOrder() {
    Account msp = world.createParentAccount("MSP");
    Account b = world.createChildAccount(msp.id(), "B");
    Account a = world.createChildAccount(msp.id(), "A");

    assertThat(world.children(msp.id())).containsExactly(b, a);
  }

  @Test
  void childOfAChild_isRefused() {
    Account msp = world.createParentAccount("MSP");
    Account child = world.createChildAccount(msp.id(), "C");

    assertThatThrownBy(() -> world.createChildAccount(child.id(), "grandchild"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot have children");
  }

  @Test
  void deletingAnAccount_dropsItsIntegrationsAndHostname() {
    Account msp = world.createParentAccount("MSP");
    Account child = world.createChildAccount(msp.id(), "C");
    Integration admin =
        world.createIntegration(child.id(), IntegrationType.ADMIN_API, "a", Set.of());

    assertThat(world.deleteAccount(child.id())).isTrue();

    assertThat(world.integration(admin.integrationKey())).isEmpty();
    assertThat(world.accountByHostname(child.apiHostname())).isEmpty();
    assertThat(world.deleteAccount(child.id())).isFalse();
  }

  @Test
  void state_isCreatedOncePerAccountAndType() {
    Account msp = world.createParentAccount("MSP");

    StringBuilder first = msp.state(StringBuilder.class, StringBuilder::new);
    StringBuilder second = msp.state(StringBuilder.class, () -> new StringBuilder("other"));

    assertThat(second).isSameAs(first);
    assertThat(msp.existingState(Integer.class)).isEmpty();
  }

  @Test
  void integrationToString_hidesTheSecretKey() {
    Account msp = world.createParentAccount("MSP");
    Integration i = world.createIntegration(msp.id(), IntegrationType.AUTH_API, "a", Set.of());

    assertThat(i.toString()).doesNotContain(i.secretKey());
  }

  @Test
  void clock_advancesWithoutSleeping() {
    Instant before = world.now();
    clock.advance(Duration.ofMinutes(3));

    assertThat(world.now()).isEqualTo(before.plus(Duration.ofMinutes(3)));
  }
}
