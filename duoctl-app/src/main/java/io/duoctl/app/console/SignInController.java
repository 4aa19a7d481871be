package io.duoctl.app.console;

import io.duoctl.app.web.ClientAddress;
import io.duoctl.core.access.FirstOperatorSetup;
import io.duoctl.core.access.InvalidOperatorException;
import io.duoctl.core.access.InvalidSetupTokenException;
import io.duoctl.core.access.Operator;
import io.duoctl.core.access.OperatorService;
import io.duoctl.core.access.SessionService;
import io.duoctl.core.access.SignInFailedException;
import io.duoctl.core.access.SignInThrottledException;
import io.duoctl.core.errors.FieldError;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sign-in, sign-out and the one-time creation of the first operator. */
final class SignInController {
  private final Pages pages;
  private final OperatorService operators;
  private final FirstOperatorSetup setup;
  private final SessionService sessions;

  SignInController(
      Pages pages, OperatorService operators, FirstOperatorSetup setup, SessionService sessions) {
    this.pages = pages;
    this.operators = operators;
    this.setup = setup;
    this.sessions = sessions;
  }

  void signInForm(Context ctx) {
    if (Pages.session(ctx).signedIn()) {
      ctx.redirect(ConsoleModule.HOME, HttpStatus.SEE_OTHER);
      return;
    }
    renderSignIn(ctx, "", null);
  }

  void signIn(Context ctx) {
    String username = field(ctx, "username");
    char[] password = field(ctx, "password").toCharArray();
    try {
      start(ctx, operators.signIn(username, password, ClientAddress.of(ctx)));
    } catch (SignInThrottledException e) {
      renderSignIn(ctx, username, throttled(ctx, e));
    } catch (SignInFailedException e) {
      ctx.status(HttpStatus.UNAUTHORIZED);
      renderSignIn(ctx, username, "Wrong username or password.");
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  void signOut(Context ctx) {
    sessions.end(Pages.session(ctx).id());
    SessionGuard.clearCookie(ctx);
    ctx.redirect(ConsoleModule.SIGN_IN, HttpStatus.SEE_OTHER);
  }

  void setupForm(Context ctx) {
    renderSetup(ctx, "", null);
  }

  void setup(Context ctx) {
    String username = field(ctx, "username");
    char[] password = field(ctx, "password").toCharArray();
    char[] repeated = field(ctx, "password2").toCharArray();
    try {
      if (!Arrays.equals(password, repeated)) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        renderSetup(ctx, username, "The two passwords differ; type the same password twice.");
        return;
      }
      start(ctx, setup.complete(field(ctx, "token"), username, password, ClientAddress.of(ctx)));
    } catch (SignInThrottledException e) {
      renderSetup(ctx, username, throttled(ctx, e));
    } catch (InvalidSetupTokenException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      renderSetup(ctx, username, sentence(e.getMessage()));
    } catch (InvalidOperatorException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      renderSetup(
          ctx,
          username,
          e.errors().stream()
              .map(SignInController::describe)
              .collect(Collectors.joining(" ", "", "")));
    } finally {
      Arrays.fill(password, '\0');
      Arrays.fill(repeated, '\0');
    }
  }

  /** Answers 429 with Retry-After; returns the words that tell how long to wait. */
  private static String throttled(Context ctx, SignInThrottledException e) {
    ctx.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
    return "Too many failed sign-ins. Wait " + inWords(e.retryAfter()) + ", then try again.";
  }

  private void start(Context ctx, Operator operator) {
    ConsoleSession session = ConsoleSession.of(sessions.signIn(Pages.session(ctx).id(), operator));
    SessionGuard.setCookie(ctx, session);
    ctx.redirect(ConsoleModule.HOME, HttpStatus.SEE_OTHER);
  }

  private void renderSignIn(Context ctx, String username, String error) {
    Map<String, Object> params = new HashMap<>();
    params.put("frame", pages.frame(ctx, "Sign in", ""));
    params.put("username", username);
    params.put("error", error);
    params.put("setupPending", setup.pending());
    pages.render(ctx, "sign-in.jte", params);
  }

  private void renderSetup(Context ctx, String username, String error) {
    Map<String, Object> params = new HashMap<>();
    params.put("frame", pages.frame(ctx, "Create the first operator", ""));
    params.put("username", username);
    params.put("error", error);
    params.put("setupPending", setup.pending());
    pages.render(ctx, "setup.jte", params);
  }

  private static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }

  private static String describe(FieldError error) {
    String field =
        switch (error.field()) {
          case "username" -> "Username";
          case "password" -> "Password";
          default -> error.field();
        };
    return sentence(field + " " + error.message());
  }

  private static String sentence(String text) {
    String s = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }

  /** "45 seconds", "1 minute", "5 minutes" (rounded up), "2 hours". */
  static String inWords(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    if (seconds < 60) {
      return plural(seconds, "second");
    }
    long minutes = (seconds + 59) / 60;
    if (minutes < 120) {
      return plural(minutes, "minute");
    }
    return plural((minutes + 59) / 60, "hour");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
