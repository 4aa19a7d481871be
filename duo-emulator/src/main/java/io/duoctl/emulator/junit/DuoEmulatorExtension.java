package io.duoctl.emulator.junit;

import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.DuoEmulatorBuilder;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.faults.Faults;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import io.duoctl.emulator.ratelimit.RateLimits;
import io.duoctl.emulator.record.RequestJournal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link DuoEmulator} on a free port for JUnit 5 tests.
 *
 * <pre>{@code
 * @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();
 *
 * @Test void listsChildren() {
 *   Account msp = duo.givenParentAccount("Acme");
 *   IntegrationKeys keys = duo.givenAccountsApi(msp);
 *   duo.faults().rateLimitNext(1);
 *   ... call duo.baseUrl() ...
 *   assertThat(duo.requests().toPath("/accounts/v1/account/list")).hasSize(2);
 * }
 * }</pre>
 *
 * <p>In a static field the emulator starts once per class and is {@link DuoEmulator#reset() reset}
 * after every test; in an instance field it starts and stops around each test. Rate limits are off
 * unless configured (tests that want 429s queue them with {@code faults().rateLimitNext(n)} or set
 * {@code RateLimits.duoDefaults()}).
 */
public final class DuoEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private final UnaryOperator<DuoEmulatorBuilder> configuration;
  private DuoEmulator emulator;
  private boolean perClass;

  /** An emulator with the test defaults: port 0, seed 1, TLS on, no rate limits. */
  public DuoEmulatorExtension() {
    this(UnaryOperator.identity());
  }

  /**
   * An emulator configured further by {@code configuration}, applied to a builder that already has
   * the test defaults.
   */
  public DuoEmulatorExtension(UnaryOperator<DuoEmulatorBuilder> configuration) {
    this.configuration = configuration;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perClass) {
      emulator.reset();
    } else {
      stop();
    }
  }

  private void start() {
    emulator =
        configuration.apply(DuoEmulator.builder().rateLimits(RateLimits.none())).build().start();
  }

  private void stop() {
    if (emulator != null) {
      emulator.close();
      emulator = null;
    }
  }

  /**
   * The running emulator.
   *
   * @throws IllegalStateException outside a test
   */
  public DuoEmulator emulator() {
    if (emulator == null) {
      throw new IllegalStateException("the emulator runs only while a test runs");
    }
    return emulator;
  }

  /** The bound port. */
  public int port() {
    return emulator().port();
  }

  /** {@code http://127.0.0.1:port}. */
  public String baseUrl() {
    return emulator().baseUrl();
  }

  /** The emulator's state. */
  public World world() {
    return emulator().world();
  }

  /** The emulator's clock. */
  public EmulatorClock clock() {
    return emulator().clock();
  }

  /** The fault queue. */
  public Faults faults() {
    return emulator().faults();
  }

  /** The recorded requests. */
  public RequestJournal requests() {
    return emulator().requests();
  }

  /** See {@link DuoEmulator#givenParentAccount(String)}. */
  public Account givenParentAccount(String name) {
    return emulator().givenParentAccount(name);
  }

  /** See {@link DuoEmulator#givenChildAccount(Account, String)}. */
  public Account givenChildAccount(Account parent, String name) {
    return emulator().givenChildAccount(parent, name);
  }

  /** See {@link DuoEmulator#givenAccountsApi(Account)}. */
  public IntegrationKeys givenAccountsApi(Account parent) {
    return emulator().givenAccountsApi(parent);
  }

  /** See {@link DuoEmulator#givenAdminApi(Account, Permission...)}. */
  public IntegrationKeys givenAdminApi(Account account, Permission... grants) {
    return emulator().givenAdminApi(account, grants);
  }

  /** See {@link DuoEmulator#givenAuthApi(Account)}. */
  public IntegrationKeys givenAuthApi(Account account) {
    return emulator().givenAuthApi(account);
  }
}
