package io.duoctl.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;

/** How Duo expects non-string parameter values to be spelled. */
public final class Wire {

  private Wire() {}

  /** {@code "1"} or {@code "0"}: Duo's v1 flags (settings, group factors, integrations). */
  public static String flag(boolean value) {
    return value ? "1" : "0";
  }

  /** {@code "true"} or {@code "false"}: Duo's newer boolean parameters. */
  public static String bool(boolean value) {
    return value ? "true" : "false";
  }

  /** A JSON array as one string, as Duo's {@code *_list} lookup parameters take it. */
  public static String jsonArray(List<String> values) {
    try {
      return Json.mapper().writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Values joined by commas, as Duo's CSV parameters ({@code codes}, {@code ip_whitelist}). */
  public static String csv(List<String> values) {
    return String.join(",", values);
  }
}
