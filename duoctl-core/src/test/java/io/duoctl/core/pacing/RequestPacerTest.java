package io.duoctl.core.pacing;

import static io.duoctl.core.pacing.RequestPacer.Scope.ACCOUNT;
import static io.duoctl.core.pacing.RequestPacer.Scope.INTEGRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Pacing.Permit;
import io.duoctl.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pacer on a clock that moves only when it waits: every figure is exact. */
class RequestPacerTest {

  private static final String KEY = "DIPARENT00000000000A";
  private static final DuoTarget PARENT = DuoTarget.of("api-parent.duo.test", KEY, "s".repeat(40));
  private static final DuoRequest PAGE = DuoRequest.get("/admin/v1/users");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
  private final RequestPacer pacer =
      new RequestPacer(
          clock,
          clock::advance,
          Map.of(
              EndpointClass.GET_PAGE, 200, EndpointClass.GET_ONE, 300, EndpointClass.MODIFY, 300));

  private static DuoTarget child(int n) {
    return DuoTarget.childAccount(
        PARENT, String.format("DA%018d", n), "api-child" + n + ".duo.test");
  }

  /** Paces one request and returns how long it waited; {@code answer} is Duo's status. */
  private Duration send(DuoTarget target, DuoRequest request, int answer) throws Exception {
    Instant before = clock.instant();
    pacer.acquire(target, request).answered(answer);
    return Duration.between(before, clock.instant());
  }

  private void drainTheBurst() throws Exception {
    for (int i = 0; i < 200; i++) {
      assertThat(send(child(i), PAGE, 200)).isZero();
    }
  }

  private double keyRate() {
    return pacer.ratePerMinute(INTEGRATION, KEY, EndpointClass.GET_PAGE);
  }

  @Test
  void acquire_letsAMinutesAllowanceThroughAtOnce_thenWaitsAtThePublishedRate() throws Exception {
    drainTheBurst();

    assertThat(keyRate()).as("the burst taught nothing").isEqualTo(200);
    assertThat(send(child(200), PAGE, 200)).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void successAfterWaiting_growsTheRate_halfTheAllowanceAtATimeWhileDiscovering() throws Exception {
    drainTheBurst();
    send(child(200), PAGE, 200);

    assertThat(keyRate()).isEqualTo(300);
    assertThat(send(child(201), PAGE, 200)).isEqualTo(Duration.ofMillis(200));
    assertThat(keyRate()).isEqualTo(400);
  }

  @Test
  void a429_cutsTheRateTo70Percent_emptiesTheBucket_andEndsDiscovery() throws Exception {
    drainTheBurst();

    send(child(200), PAGE, 429);

    assertThat(keyRate()).isCloseTo(140, within(1e-9));
    assertThat(send(child(201), PAGE, 200).toNanos())
        .as("one token at 140/min")
        .isCloseTo(428_571_429L, within(2L));
    assertThat(keyRate()).as("steady growth: 1/200 of the allowance").isCloseTo(141, within(1e-9));
  }

  @Test
  void a429_onARequestSentBeforeTheLastCut_doesNotCutAgain() throws Exception {
    drainTheBurst();
    Permit first = pacer.acquire(child(200), PAGE);
    Permit second = pacer.acquire(child(201), PAGE);

    first.answered(429);
    second.answered(429);

    assertThat(keyRate()).isCloseTo(140, within(1e-9));
    send(child(202), PAGE, 429);
    assertThat(keyRate()).as("sent after the cut").isCloseTo(98, within(1e-9));
  }

  @Test
  void perAccountLimits_areFound_whenTheKeyIsSentFarPastItsAllowanceWithoutA429() throws Exception {
    drainTheBurst();
    Duration waited = Duration.ZERO;
    for (int i = 200; i < 214; i++) {
      waited = waited.plus(send(child(i), PAGE, 200));
    }

    assertThat(pacer.notEnforced(INTEGRATION, KEY, EndpointClass.GET_PAGE)).isTrue();
    assertThat(waited)
        .as("14 waits while the rate grows from 200/min to 1,600/min")
        .isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500));
    for (int i = 214; i < 600; i++) {
      assertThat(send(child(i), PAGE, 200)).isZero();
    }
  }

  @Test
  void perIntegrationLimits_areKept_once429sShowTheKeyIsCounted() throws Exception {
    drainTheBurst();
    send(child(200), PAGE, 200);
    send(child(201), PAGE, 429);
    for (int i = 202; i < 402; i++) {
      send(child(i), PAGE, 200);
    }

    assertThat(pacer.notEnforced(INTEGRATION, KEY, EndpointClass.GET_PAGE)).isFalse();
    assertThat(keyRate()).as("(300 x 0.7) + 200 steps of 1").isCloseTo(410, within(1e-6));
    assertThat(
            pacer.ratePerMinute(
                ACCOUNT, child(201).accountId().orElseThrow(), EndpointClass.GET_PAGE))
        .as("the child's own bucket never waited, so the 429 was not its")
        .isEqualTo(200);
  }

  @Test
  void a429_whenTheKeyWasThoughtUncounted_putsItBack() throws Exception {
    drainTheBurst();
    for (int i = 200; i < 214; i++) {
      send(child(i), PAGE, 200);
    }

    send(child(214), PAGE, 429);

    assertThat(pacer.notEnforced(INTEGRATION, KEY, EndpointClass.GET_PAGE)).isFalse();
    assertThat(keyRate()).isCloseTo(1120, within(1e-6));
    assertThat(send(child(215), PAGE, 200)).isPositive();
  }

  @Test
  void a429_onAChildsOwnDrainedBucket_cutsThatBucket_notTheKeysFoundUncounted() throws Exception {
    drainTheBurst();
    for (int i = 200; i < 214; i++) {
      send(child(i), PAGE, 200);
    }
    DuoTarget busy = child(1000);
    for (int i = 0; i < 200; i++) {
      send(busy, PAGE, 200);
    }

    assertThat(send(busy, PAGE, 429)).isPositive();

    assertThat(pacer.notEnforced(INTEGRATION, KEY, EndpointClass.GET_PAGE)).isTrue();
    assertThat(pacer.ratePerMinute(ACCOUNT, busy.accountId().orElseThrow(), EndpointClass.GET_PAGE))
        .isCloseTo(140, within(1e-9));
  }

  @Test
  void a429_toARequestThatWaitedForNothing_teachesNoRate_butTheNextOneWaitsForAToken()
      throws Exception {
    assertThat(send(child(1), PAGE, 429))
        .as("the bucket was full: Duo's was used elsewhere")
        .isZero();

    assertThat(keyRate()).isEqualTo(200);
    assertThat(send(child(2), PAGE, 200)).isEqualTo(Duration.ofMillis(300));
    assertThat(keyRate()).as("still discovering").isEqualTo(300);
  }

  private final RequestPacer logs =
      new RequestPacer(clock, clock::advance, Map.of(EndpointClass.LOGS, 2));
  private static final DuoRequest AUTH_LOG = DuoRequest.get("/admin/v2/logs/authentication");

  private Duration sendLog(DuoTarget target, int answer) throws Exception {
    Instant before = clock.instant();
    logs.acquire(target, AUTH_LOG).answered(answer);
    return Duration.between(before, clock.instant());
  }

  @Test
  void childLogs_arePacedPerAccount_theKeyAssumedUncounted() throws Exception {
    for (int i = 0; i < 50; i++) {
      assertThat(sendLog(child(i), 200)).as("each child its own allowance").isZero();
    }
    assertThat(sendLog(child(0), 200)).isZero();
    assertThat(sendLog(child(0), 200).toMillis())
        .as("the child's own 2 a minute, paced 5% under")
        .isEqualTo(31_578);
  }

  @Test
  void aChildLog429ThatNothingPaced_onlyEmptiesThatAccount_asAfterARestart() throws Exception {
    assertThat(sendLog(child(1), 429)).isZero();

    assertThat(sendLog(child(1), 200).toMillis())
        .as("its drained allowance refills")
        .isEqualTo(31_578);
    assertThat(sendLog(child(2), 200)).as("the key still does not hold").isZero();
    assertThat(sendLog(child(3), 200)).isZero();
  }

  @Test
  void pacedChildLogs429FromTwoAccounts_showDuoCountsTheKey_thenTheKeyHoldsAtTwoAMinute()
      throws Exception {
    sendLog(child(1), 429);
    sendLog(child(1), 429);
    assertThat(sendLog(child(3), 200)).as("one account's strike is not enough").isZero();
    sendLog(child(2), 429);
    sendLog(child(2), 429);

    Instant heldFrom = clock.instant();
    sendLog(child(4), 200);
    sendLog(child(5), 200);
    assertThat(Duration.between(heldFrom, clock.instant()))
        .as("two new children at the key's 2 a minute, 5% under")
        .isBetween(Duration.ofSeconds(62), Duration.ofSeconds(64));
  }

  @Test
  void childLogs429s_areNotHeldAgainstTheKey_onceMoreThanTwiceItsAllowanceWentThrough()
      throws Exception {
    for (int i = 10; i < 15; i++) {
      sendLog(child(i), 200);
    }
    sendLog(child(1), 429);
    sendLog(child(1), 429);
    sendLog(child(2), 429);
    sendLog(child(2), 429);

    assertThat(sendLog(child(6), 200)).as("Duo evidently counts per account").isZero();
  }

  @Test
  void aLogBucket_keepsDuosPublishedRateThrough429s() throws Exception {
    sendLog(child(1), 200);
    sendLog(child(1), 200);
    sendLog(child(1), 429);

    assertThat(sendLog(child(1), 200).toMillis())
        .as("emptied, not cut below 2 a minute")
        .isEqualTo(31_578);
  }

  @Test
  void logs_arePacedPerLogEndpoint_twoAMinuteEach() throws Exception {
    RequestPacer logs = new RequestPacer(clock, clock::advance, Map.of(EndpointClass.LOGS, 2));
    DuoRequest authentication = DuoRequest.get("/admin/v2/logs/authentication");
    DuoRequest telephony = DuoRequest.get("/admin/v2/logs/telephony");
    Instant start = clock.instant();

    logs.acquire(child(1), authentication).answered(200);
    logs.acquire(child(1), authentication).answered(200);
    logs.acquire(child(1), telephony).answered(200);
    logs.acquire(child(1), telephony).answered(200);
    assertThat(clock.instant()).as("each endpoint's own allowance").isEqualTo(start);

    logs.acquire(child(1), authentication).answered(200);
    assertThat(Duration.between(start, clock.instant()).toMillis()).isEqualTo(31_578);
  }

  @Test
  void buckets_arePerEndpointClassAndKey_andUnlimitedClassesNeverWait() throws Exception {
    drainTheBurst();
    DuoTarget other = DuoTarget.of("api-other.duo.test", "DIOTHER000000000000B", "s".repeat(40));

    assertThat(send(other, PAGE, 200)).isZero();
    assertThat(send(PARENT, DuoRequest.get("/admin/v1/users/DU0123456789ABCDEFGH"), 200)).isZero();
    assertThat(send(PARENT, DuoRequest.post("/admin/v1/users"), 200)).isZero();
    assertThat(send(PARENT, DuoRequest.get("/admin/v2/logs/authentication"), 200)).isZero();
    assertThat(send(PARENT, DuoRequest.get("/auth/v2/check"), 200)).isZero();
    assertThat(send(PARENT, PAGE, 200)).isPositive();
  }

  @Test
  void published_startsAtDuosAllowances() throws Exception {
    RequestPacer published = RequestPacer.published(clock, clock::advance);
    Instant start = clock.instant();
    for (int i = 0; i < 3; i++) {
      published.acquire(PARENT, DuoRequest.get("/admin/v2/logs/authentication")).answered(200);
    }

    assertThat(Duration.between(start, clock.instant()))
        .as("logs: 2 at once, then one every 30 s")
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void buckets_areBounded_theLeastRecentlyUsedDropped() throws Exception {
    for (int i = 0; i < RequestPacer.MAX_BUCKETS + 50; i++) {
      send(child(i), DuoRequest.post("/admin/v1/users"), 200);
    }

    assertThat(pacer.bucketCount()).isEqualTo(RequestPacer.MAX_BUCKETS);
    assertThat(pacer.notEnforced(INTEGRATION, KEY, EndpointClass.MODIFY))
        .as("the key's bucket, used by every request, is kept with what it learned")
        .isTrue();
  }
}
