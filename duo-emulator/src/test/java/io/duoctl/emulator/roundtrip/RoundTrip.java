package io.duoctl.emulator.roundtrip;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.accounts.AccountsApi;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.auth.AuthApi;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import java.nio.file.Path;

/**
 * The shared fixture of the round-trip tests: duo-client's typed APIs pointed at the emulator of a
 * {@link DuoEmulatorExtension}, signing with the emulator's clock and waiting on a {@link
 * RecordingSleeper} (a fixed jitter of 0.25 makes the retry schedule exact).
 *
 * <p>Three ways in: {@link #direct} addresses {@code 127.0.0.1:port} over plain HTTP (the emulator
 * picks the account by integration key); {@link #viaProxy} sends everything through the emulator as
 * an HTTP proxy, so targets carry the accounts' real-looking {@code api-xxxxxxxx.duo.test}
 * hostnames; {@link #overTls} speaks https to {@code localhost:port}, trusting only the emulator's
 * exported CA; {@link #overTlsViaProxy} does both, as a client behind a corporate proxy would.
 */
final class RoundTrip implements AutoCloseable {

  static final double JITTER = 0.25;

  private final DuoEmulatorExtension duo;
  private final DuoClient client;
  private final RecordingSleeper sleeper;
  private final Mode mode;

  private enum Mode {
    DIRECT,
    PROXY,
    TLS,
    TLS_PROXY
  }

  private RoundTrip(
      DuoEmulatorExtension duo, DuoClient.Builder builder, RecordingSleeper sleeper, Mode mode) {
    this.duo = duo;
    this.sleeper = sleeper;
    this.mode = mode;
    this.client = builder.build();
  }

  /** Plain HTTP to {@code 127.0.0.1:port}. */
  static RoundTrip direct(DuoEmulatorExtension duo) {
    RecordingSleeper sleeper = new RecordingSleeper();
    return new RoundTrip(duo, base(duo, sleeper).allowPlainHttp(true), sleeper, Mode.DIRECT);
  }

  /**
   * Plain HTTP to {@code 127.0.0.1:port}, and every retry wait moves the emulator's clock forward
   * instead of sleeping, so its rate limiter refills while the client "waits".
   */
  static RoundTrip directAdvancingClock(DuoEmulatorExtension duo) {
    RecordingSleeper sleeper = new RecordingSleeper(wait -> duo.clock().advance(wait));
    return new RoundTrip(duo, base(duo, sleeper).allowPlainHttp(true), sleeper, Mode.DIRECT);
  }

  /** Plain HTTP through the emulator as proxy, to each account's own API hostname. */
  static RoundTrip viaProxy(DuoEmulatorExtension duo) {
    RecordingSleeper sleeper = new RecordingSleeper();
    DuoClient.Builder builder =
        base(duo, sleeper).allowPlainHttp(true).proxy("127.0.0.1", duo.port());
    return new RoundTrip(duo, builder, sleeper, Mode.PROXY);
  }

  /** https to {@code localhost:port}, trusting only the CA the emulator wrote to {@code dir}. */
  static RoundTrip overTls(DuoEmulatorExtension duo, Path dir) {
    RecordingSleeper sleeper = new RecordingSleeper();
    Path ca = duo.emulator().writeCaCertificate(dir.resolve("duo-emulator-ca.pem"));
    DuoClient.Builder builder = base(duo, sleeper).trustCaPemFile(ca).replaceDefaultTrust(true);
    return new RoundTrip(duo, builder, sleeper, Mode.TLS);
  }

  /**
   * https to each account's own hostname on port 443, tunnelled with CONNECT through the emulator
   * as proxy, trusting only the CA the emulator wrote to {@code dir}.
   */
  static RoundTrip overTlsViaProxy(DuoEmulatorExtension duo, Path dir) {
    RecordingSleeper sleeper = new RecordingSleeper();
    Path ca = duo.emulator().writeCaCertificate(dir.resolve("duo-emulator-ca.pem"));
    DuoClient.Builder builder =
        base(duo, sleeper)
            .trustCaPemFile(ca)
            .replaceDefaultTrust(true)
            .proxy("127.0.0.1", duo.port());
    return new RoundTrip(duo, builder, sleeper, Mode.TLS_PROXY);
  }

  private static DuoClient.Builder base(DuoEmulatorExtension duo, RecordingSleeper sleeper) {
    return DuoClient.builder().clock(duo.clock()).sleeper(sleeper).jitter(() -> JITTER);
  }

  DuoClient client() {
    return client;
  }

  RecordingSleeper sleeper() {
    return sleeper;
  }

  /** Where the client calls the integration: its own hostname through the proxy, else the port. */
  DuoTarget target(IntegrationKeys keys) {
    String host =
        switch (mode) {
          case DIRECT -> "127.0.0.1:" + duo.port();
          case PROXY, TLS_PROXY -> keys.apiHostname();
          case TLS -> "localhost:" + duo.port();
        };
    return DuoTarget.of(host, keys.integrationKey(), keys.secretKey());
  }

  /** The typed Admin API of a new Admin API integration on {@code account}. */
  AdminApi admin(Account account, Permission... grants) {
    return client.admin(target(duo.givenAdminApi(account, grants)));
  }

  /** The typed Admin API of a new stand-alone account with every Admin API grant. */
  AdminApi newAdminAccount(String name) {
    return admin(duo.givenParentAccount(name));
  }

  /** The typed Accounts API of a new Accounts API integration on {@code parent}. */
  AccountsApi accounts(Account parent) {
    return client.accounts(target(duo.givenAccountsApi(parent)));
  }

  /** The typed Auth API of a new Auth API integration on {@code account}. */
  AuthApi auth(Account account) {
    return client.auth(target(duo.givenAuthApi(account)));
  }

  @Override
  public void close() {
    client.close();
  }
}
