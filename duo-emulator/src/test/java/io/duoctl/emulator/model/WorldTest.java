package io.duoctl.emulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@SuppressWarnings("JdkObsolete") // names every mutable JDK type on purpose
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
  void state_creatorMayReachOtherStateOfTheSameAccount() {
    Map<Class<?>, Supplier<?>> kinds = new LinkedHashMap<>();
    kinds.put(StringBuilder.class, StringBuilder::new);
    kinds.put(ArrayList.class, ArrayList::new);
    kinds.put(HashMap.class, HashMap::new);
    kinds.put(HashSet.class, HashSet::new);
    kinds.put(LinkedList.class, LinkedList::new);
    kinds.put(TreeMap.class, TreeMap::new);
    kinds.put(ArrayDeque.class, ArrayDeque::new);
    kinds.put(BitSet.class, BitSet::new);
    kinds.put(AtomicInteger.class, AtomicInteger::new);
    kinds.put(AtomicLong.class, AtomicLong::new);
    kinds.put(Object.class, Object::new);
    kinds.put(Random.class, Random::new);

    // every ordered pair nests one creation in another; some pairs share a hash bin
    for (Map.Entry<Class<?>, Supplier<?>> outer : kinds.entrySet()) {
      for (Map.Entry<Class<?>, Supplier<?>> inner : kinds.entrySet()) {
        if (outer.getKey() == inner.getKey()) {
          continue;
        }
        Account account = world.createParentAccount("A");
        Object created =
            nested(account, outer.getKey(), outer.getValue(), inner.getKey(), inner.getValue());

        assertThat(account.existingState(inner.getKey())).isPresent();
        assertThat(touch(account, outer.getKey(), () -> null)).isSameAs(created);
      }
    }
  }

  private static <T> T nested(
      Account account, Class<T> outer, Supplier<?> outerNew, Class<?> inner, Supplier<?> innerNew) {
    return account.state(
        outer,
        () -> {
          touch(account, inner, innerNew);
          return outer.cast(outerNew.get());
        });
  }

  private static <T> T touch(Account account, Class<T> type, Supplier<?> creator) {
    return account.state(type, () -> type.cast(creator.get()));
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
