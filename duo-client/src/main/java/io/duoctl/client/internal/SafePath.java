package io.duoctl.client.internal;

import java.util.regex.Pattern;

/**
 * Redacts the secrets Duo puts in paths (the directory key of a directory sync) before a path is
 * logged or reported.
 */
public final class SafePath {

  private static final Pattern DIRECTORY_KEY =
      Pattern.compile("(/directorysync/)[^/?]+", Pattern.CASE_INSENSITIVE);

  private SafePath() {}

  /** The path with every directory key replaced by {@code ***}. */
  public static String of(String path) {
    return DIRECTORY_KEY.matcher(path).replaceAll("$1***");
  }
}
