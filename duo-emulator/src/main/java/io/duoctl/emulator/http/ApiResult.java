package io.duoctl.emulator.http;

import java.util.Objects;

/**
 * What a handler answers: a success envelope, raw bytes (logos), or a Duo failure.
 *
 * <p>{@code response} and {@code metadata} values are written with Jackson: maps, lists, strings,
 * numbers, records and {@code JsonNode}s all work. Use {@code LinkedHashMap} or records to control
 * field order, and the emulator's own shapes only (never duo-client models).
 */
public sealed interface ApiResult {

  /** {@code {"stat":"OK","response":response}}. */
  static ApiResult ok(Object response) {
    return new Ok(response, null);
  }

  /** {@code {"stat":"OK","response":response,"metadata":metadata}} (paged lists). */
  static ApiResult ok(Object response, Object metadata) {
    return new Ok(response, metadata);
  }

  /** {@code {"stat":"OK","response":""}}: Duo's answer to deletes and (dis)associations. */
  static ApiResult empty() {
    return new Ok("", null);
  }

  /** Raw bytes, e.g. a PNG logo. */
  static ApiResult raw(byte[] body, String contentType) {
    return new Raw(body, contentType);
  }

  /** A failure envelope. */
  static ApiResult failure(DuoError error) {
    return new Failure(error);
  }

  /** A success; metadata may be null. */
  record Ok(Object response, Object metadata) implements ApiResult {
    public Ok {
      Objects.requireNonNull(response, "response (use \"\" for an empty answer)");
    }
  }

  /** Raw bytes with their content type. */
  record Raw(byte[] body, String contentType) implements ApiResult {
    public Raw {
      body = body.clone();
      Objects.requireNonNull(contentType, "contentType");
    }

    @Override
    public byte[] body() {
      return body.clone();
    }
  }

  /** A Duo failure. */
  record Failure(DuoError error) implements ApiResult {
    public Failure {
      Objects.requireNonNull(error, "error");
    }
  }
}
