package io.duoctl.emulator.faults;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The fault queue and latency settings, changeable while the emulator serves. Rules are tried in
 * the order they were added; the first that matches and fires decides the request's fault and uses
 * up one of its count. Thread-safe; probabilities are drawn from a seeded generator.
 */
public final class Faults {

  private final List<ActiveRule> rules = new CopyOnWriteArrayList<>();
  private final Random random;
  private volatile Latency latency = Latency.NONE;

  public Faults(long seed) {
    this.random = new Random(seed);
  }

  /** The next request, whatever it is, gets {@code fault}. */
  public Faults next(Fault fault) {
    return add(FaultRule.next(1, fault));
  }

  /** The next {@code count} requests get {@code fault}. */
  public Faults next(int count, Fault fault) {
    return add(FaultRule.next(count, fault));
  }

  /** The next {@code count} requests are answered 429 42901. */
  public Faults rateLimitNext(int count) {
    return next(count, Fault.rateLimited());
  }

  /** The next request's connection is dropped without an answer. */
  public Faults disconnectNext() {
    return next(Fault.disconnect());
  }

  /** Adds a rule. */
  public Faults add(FaultRule rule) {
    rules.add(new ActiveRule(Objects.requireNonNull(rule, "rule")));
    return this;
  }

  /** The rules still active, with their remaining counts. */
  public List<FaultRule> rules() {
    return rules.stream().map(ActiveRule::current).filter(Objects::nonNull).toList();
  }

  /** Removes every rule. */
  public void clear() {
    rules.clear();
  }

  /** Removes every rule and the latency. */
  public void reset() {
    rules.clear();
    latency = Latency.NONE;
  }

  /** The latency added to every request. */
  public Latency latency() {
    return latency;
  }

  /** Sets the latency added to every request. */
  public void latency(Latency latency) {
    this.latency = Objects.requireNonNull(latency, "latency");
  }

  /** The latency for one request: the fixed part plus a drawn jitter. */
  public Duration sampleLatency() {
    Latency current = latency;
    if (current.jitter().isZero()) {
      return current.fixed();
    }
    long jitterNanos;
    synchronized (random) {
      jitterNanos = (long) (random.nextDouble() * (current.jitter().toNanos() + 1));
    }
    return current.fixed().plusNanos(jitterNanos);
  }

  /** The fault for a request, consuming one use of the rule that fires. */
  @SuppressWarnings("ModifyCollectionInEnhancedForLoop") // rules is a CopyOnWriteArrayList
  public Optional<Fault> pick(String method, String path) {
    for (ActiveRule rule : rules) {
      if (rule.matches(method, path) && fires(rule.rule.probability()) && rule.take()) {
        if (rule.remaining.get() == 0) {
          rules.remove(rule);
        }
        return Optional.of(rule.rule.fault());
      }
    }
    return Optional.empty();
  }

  private boolean fires(double probability) {
    if (probability >= 1) {
      return true;
    }
    synchronized (random) {
      return random.nextDouble() < probability;
    }
  }

  private static final class ActiveRule {
    final FaultRule rule;
    final Pattern path;
    final AtomicInteger remaining;

    ActiveRule(FaultRule rule) {
      this.rule = rule;
      this.path = rule.compiled();
      this.remaining = new AtomicInteger(rule.count());
    }

    boolean matches(String method, String requestPath) {
      return (rule.method() == null || rule.method().equals(method))
          && path.matcher(requestPath).matches();
    }

    boolean take() {
      while (true) {
        int left = remaining.get();
        if (left == 0) {
          return false;
        }
        if (left == FaultRule.UNLIMITED || remaining.compareAndSet(left, left - 1)) {
          return true;
        }
      }
    }

    FaultRule current() {
      int left = remaining.get();
      return left == 0
          ? null
          : new FaultRule(rule.method(), rule.pathGlob(), rule.probability(), left, rule.fault());
    }
  }
}
