package io.duoctl.client;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every failure to get an answer from Duo. Carries what Duo said (HTTP status, Duo's
 * five-digit {@code code}, {@code message}, {@code message_detail}) and which call failed (method
 * and path). Never carries keys, signatures or parameter values.
 *
 * <p>Subclasses group failures by what the caller should do: fix credentials ({@link
 * DuoAuthenticationException}), grant a permission ({@link DuoForbiddenException}), fix the input
 * ({@link DuoInvalidRequestException}, {@link DuoNotFoundException}), wait ({@link
 * DuoRateLimitedException}, {@link DuoServerException}) or check the network ({@link
 * DuoConnectionException}).
 */
public class DuoApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final Integer code;
  private final String duoMessage;
  private final String messageDetail;
  private final String method;
  private final String path;
  private volatile int attempts = 1;
  private volatile Duration spent = Duration.ZERO;
  private volatile boolean deadlineReached;

  public DuoApiException(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path) {
    this(status, code, duoMessage, messageDetail, method, path, null);
  }

  protected DuoApiException(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path,
      Throwable cause) {
    super(describe(status, code, duoMessage, messageDetail, method, path), cause);
    this.status = status;
    this.code = code;
    this.duoMessage = duoMessage;
    this.messageDetail = messageDetail;
    this.method = method;
    this.path = path;
  }

  /** The subclass that fits an error reply's HTTP status. */
  public static DuoApiException of(
      int status,
      Integer code,
      String duoMessage,
      String messageDetail,
      String method,
      String path) {
    if (status == 400) {
      return new DuoInvalidRequestException(status, code, duoMessage, messageDetail, method, path);
    }
    if (status == 401) {
      return new DuoAuthenticationException(status, code, duoMessage, messageDetail, method, path);
    }
    if (status == 403) {
      return new DuoForbiddenException(status, code, duoMessage, messageDetail, method, path);
    }
    if (status == 404) {
      return new DuoNotFoundException(status, code, duoMessage, messageDetail, method, path);
    }
    if (status == 429) {
      return new DuoRateLimitedException(status, code, duoMessage, messageDetail, method, path);
    }
    if (status >= 500) {
      return new DuoServerException(status, code, duoMessage, messageDetail, method, path);
    }
    return new DuoApiException(status, code, duoMessage, messageDetail, method, path);
  }

  private static String describe(
      int status, Integer code, String duoMessage, String detail, String method, String path) {
    StringBuilder text = new StringBuilder();
    if (status > 0) {
      text.append("Duo answered ").append(status);
      if (code != null) {
        text.append(' ').append(code);
      }
    } else {
      text.append("Duo could not be reached");
    }
    if (duoMessage != null && !duoMessage.isBlank()) {
      text.append(": ").append(duoMessage);
    }
    if (detail != null && !detail.isBlank()) {
      text.append(" (").append(detail).append(')');
    }
    return text.append(" [").append(method).append(' ').append(path).append(']').toString();
  }

  /**
   * Records how many requests the call made and how long it took, retries and waits included;
   * called once by the transport before the exception leaves the client.
   *
   * @param deadlineReached whether the call's deadline stopped a retry the policy would have made
   * @return this exception
   */
  public DuoApiException recordAttempts(int count, Duration took, boolean deadlineReached) {
    if (count < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + count);
    }
    this.attempts = count;
    this.spent = took.isNegative() ? Duration.ZERO : took;
    this.deadlineReached = deadlineReached;
    return this;
  }

  /** How many requests the call sent before giving up (1 when it was not retried). */
  public int attempts() {
    return attempts;
  }

  /** How long the call took, retries and back-off included, by the client's clock. */
  public Duration spent() {
    return spent;
  }

  /** Whether the call's deadline stopped a retry that the retry policy would have made. */
  public boolean deadlineReached() {
    return deadlineReached;
  }

  /** Duo's answer and the call, plus the attempts made when there was more than one. */
  @Override
  public String getMessage() {
    String base = super.getMessage();
    if (attempts <= 1 && !deadlineReached) {
      return base;
    }
    String tried =
        base
            + " after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + " in "
            + seconds(spent);
    return deadlineReached ? tried + "; the call deadline left no time for another" : tried;
  }

  private static String seconds(Duration d) {
    long tenths = d.toMillis() / 100;
    return tenths / 10 + "." + tenths % 10 + " s";
  }

  /** The HTTP status, or 0 when no HTTP answer arrived. */
  public int status() {
    return status;
  }

  /** Duo's five-digit error code (e.g. 40103), when the body had one. */
  public OptionalInt code() {
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /** Duo's {@code message}, when the body had one. */
  public Optional<String> duoMessage() {
    return Optional.ofNullable(duoMessage);
  }

  /** Duo's {@code message_detail}, often the name of the offending parameter. */
  public Optional<String> messageDetail() {
    return Optional.ofNullable(messageDetail);
  }

  /** The HTTP method of the failed call. */
  public String method() {
    return method;
  }

  /** The path of the failed call, without query. */
  public String path() {
    return path;
  }
}
