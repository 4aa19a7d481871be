package io.duoctl.app.cli;

/** Counts as words in a sentence: {@code 1 organization}, {@code 2 organizations}. */
final class Counts {
  private Counts() {}

  static String of(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  static String organizations(long count) {
    return of(count, "organization", "organizations");
  }
}
