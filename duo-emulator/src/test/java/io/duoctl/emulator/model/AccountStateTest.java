package io.duoctl.emulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link Account#state}: typed per-account state, created once, possibly from another creator. */
@SuppressWarnings("JdkObsolete") // names every mutable JDK type on purpose
class AccountStateTest {

  private static final List<Supplier<Object>> KINDS =
      List.of(
          ArrayList::new,
          HashMap::new,
          HashSet::new,
          LinkedHashMap::new,
          LinkedHashSet::new,
          LinkedList::new,
          TreeMap::new,
          TreeSet::new,
          ArrayDeque::new,
          ConcurrentHashMap::new,
          ConcurrentLinkedQueue::new,
          CopyOnWriteArrayList::new,
          AtomicInteger::new,
          AtomicLong::new,
          StringBuilder::new,
          StringBuffer::new,
          Object::new,
          Thread::new);

  @Test
  void aCreatorMayCreateOtherState_evenManyLevelsDeep() {
    Account account =
        new World(EmulatorClock.fixedAt(Instant.EPOCH), new Ids(1)).createParentAccount("Acme");

    Object outer = nested(account, 0);

    assertThat(outer).isInstanceOf(ArrayList.class);
    for (Supplier<Object> kind : KINDS) {
      Class<?> type = kind.get().getClass();
      assertThat(account.existingState(type)).isPresent();
    }
  }

  @Test
  void stateIsCreatedOncePerType() {
    Account account =
        new World(EmulatorClock.fixedAt(Instant.EPOCH), new Ids(1)).createParentAccount("Acme");
    AtomicInteger created = new AtomicInteger();

    StringBuilder first = account.state(StringBuilder.class, () -> count(created));
    StringBuilder second = account.state(StringBuilder.class, () -> count(created));

    assertThat(second).isSameAs(first);
    assertThat(created).hasValue(1);
  }

  private static StringBuilder count(AtomicInteger created) {
    created.incrementAndGet();
    return new StringBuilder();
  }

  @SuppressWarnings("unchecked")
  private static Object nested(Account account, int level) {
    Object sample = KINDS.get(level).get();
    Class<Object> type = (Class<Object>) sample.getClass();
    return account.state(
        type,
        () -> {
          if (level + 1 < KINDS.size()) {
            nested(account, level + 1);
          }
          return KINDS.get(level).get();
        });
  }
}
