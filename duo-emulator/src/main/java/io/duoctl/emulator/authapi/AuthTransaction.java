package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.http.ApiCall;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One authentication from {@code /auth} to its outcome. A push or call waits for the device's
 * scripted answer on the emulator clock (its delay; no answer within {@link #ANSWER_WINDOW} is a
 * timeout); other factors end at once. It is the auth log's {@link AuthLog.Pending}: the entry is
 * written, and the outcome's consequences applied, once the outcome is known. Thread-safe.
 */
final class AuthTransaction implements AuthLog.Pending {

  /** How long a push or call waits for an answer before it times out (about 60 s, §4). */
  static final Duration ANSWER_WINDOW = Duration.ofSeconds(60);

  /** What the authentication waits for. */
  enum Wait {
    PUSH("pushed", "Pushed a login request to your device..."),
    CALL("calling", "Calling your phone..."),
    NONE(null, null);

    final String status;
    final String message;

    Wait(String status, String message) {
      this.status = status;
      this.message = message;
    }
  }

  /** The log's view of who authenticated how; the factor is the log's name for it. */
  record Context(
      String txid,
      String userId,
      AuthLogEntry.Subject subject,
      String alias,
      String email,
      AuthLogEntry.Party application,
      AuthLogEntry.AccessDevice accessDevice,
      AuthLogEntry.AuthDevice authDevice) {}

  private final Context context;
  private final String factor;
  private final Wait wait;
  private final DeviceBehaviour behaviour;
  private final Instant started;
  private final Consumer<Outcome> consequences;
  private Outcome outcome;
  private Instant ended;

  private AuthTransaction(
      Context context,
      String factor,
      Wait wait,
      DeviceBehaviour behaviour,
      Instant started,
      Outcome outcome,
      Consumer<Outcome> consequences) {
    this.context = context;
    this.factor = factor;
    this.wait = wait;
    this.behaviour = behaviour;
    this.started = started;
    this.outcome = outcome;
    this.ended = outcome == null ? null : started;
    this.consequences = consequences;
  }

  /** An authentication that ended at {@code at} with {@code outcome}. */
  static AuthTransaction ended(
      Context context, String factor, Outcome outcome, Instant at, Consumer<Outcome> consequences) {
    return new AuthTransaction(context, factor, Wait.NONE, null, at, outcome, consequences);
  }

  /** A push or call started at {@code at}, answered as {@code behaviour} says. */
  static AuthTransaction waiting(
      Context context,
      String factor,
      Wait wait,
      DeviceBehaviour behaviour,
      Instant at,
      Consumer<Outcome> consequences) {
    return new AuthTransaction(context, factor, wait, behaviour, at, null, consequences);
  }

  /** Whether the authentication goes to the log (sending SMS passcodes does not). */
  synchronized boolean logged() {
    return outcome == null || outcome.logged();
  }

  String txid() {
    return context.txid();
  }

  /** The outcome at {@code now}, or null while waiting. */
  synchronized Outcome outcome(Instant now) {
    if (outcome == null) {
      Duration elapsed = Duration.between(started, now);
      DeviceBehaviour.Answer answer = behaviour.answerAfter(elapsed);
      if (answer != null) {
        outcome = outcomeOf(answer);
        ended = started.plus(behaviour.delay());
      } else if (elapsed.compareTo(ANSWER_WINDOW) >= 0) {
        outcome = wait == Wait.CALL ? Outcome.CALL_TIMEOUT : Outcome.PUSH_TIMEOUT;
        ended = started.plus(ANSWER_WINDOW);
      }
    }
    return outcome;
  }

  /** The outcome the device will give, without waiting for its delay (synchronous calls). */
  synchronized Outcome answerNow() {
    if (outcome == null) {
      outcome =
          behaviour.answer() == DeviceBehaviour.Answer.TIMEOUT
              ? (wait == Wait.CALL ? Outcome.CALL_TIMEOUT : Outcome.PUSH_TIMEOUT)
              : outcomeOf(behaviour.answer());
      ended = started;
    }
    return outcome;
  }

  /** The synchronous answer: the eventual outcome, written to the log at once. */
  Map<String, Object> answerNowAndSettle(ApiCall call) {
    Outcome known = answerNow();
    AuthLog.of(call.account()).settle(call.now());
    return known.view();
  }

  private static Outcome outcomeOf(DeviceBehaviour.Answer answer) {
    return switch (answer) {
      case APPROVE -> Outcome.APPROVED;
      case DENY -> Outcome.DENIED;
      case FRAUD -> Outcome.FRAUD;
      case TIMEOUT -> Outcome.PUSH_TIMEOUT;
    };
  }

  /** {@code auth_status}'s answer at {@code now}. */
  synchronized Map<String, Object> status(Instant now) {
    Outcome known = outcome(now);
    if (known != null) {
      return known.view();
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("result", "waiting");
    view.put("status", wait.status);
    view.put("status_msg", wait.message);
    return view;
  }

  @Override
  public synchronized Optional<AuthLogEntry> settle(Instant now) {
    Outcome known = outcome(now);
    if (known == null) {
      return Optional.empty();
    }
    consequences.accept(known);
    return Optional.of(
        new AuthLogEntry(
            context.txid(),
            ended,
            "authentication",
            factor,
            known.logResult(),
            known.logReason(),
            context.subject(),
            context.application(),
            context.accessDevice(),
            context.authDevice(),
            context.email(),
            context.alias()));
  }
}
