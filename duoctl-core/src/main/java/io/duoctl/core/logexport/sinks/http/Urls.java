package io.duoctl.core.logexport.sinks.http;

/** Joins a configured base URL and an API path. */
final class Urls {
  private Urls() {}

  /** {@code base} without trailing slashes, then {@code path} (which starts with a slash). */
  static String join(String base, String path) {
    String trimmed = base;
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed + path;
  }
}
