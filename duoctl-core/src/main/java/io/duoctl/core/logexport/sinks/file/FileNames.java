package io.duoctl.core.logexport.sinks.file;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of one sink's files: the current {@code PREFIX.jsonl} and the rotated {@code
 * PREFIX-2026-12-07T10-00-00Z.jsonl} (the start of the file's period; a second file of the same
 * period, rotated by size, is {@code PREFIX-2026-12-07T10-00-00Z.1.jsonl}, and so on). Immutable.
 */
final class FileNames {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

  private final String prefix;
  private final Duration period;
  private final Pattern rotated;

  FileNames(String prefix, Duration period) {
    this.prefix = prefix;
    this.period = period;
    this.rotated =
        Pattern.compile(
            Pattern.quote(prefix)
                + "-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z)(?:\\.(\\d+))?\\.jsonl");
  }

  /** The file being written. */
  String current() {
    return prefix + ".jsonl";
  }

  /** The start of the period {@code instant} falls in. */
  Instant periodOf(Instant instant) {
    long length = period.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), length) * length);
  }

  /** The {@code sequence}-th rotated name of the period starting at {@code periodStart}. */
  String rotated(Instant periodStart, int sequence) {
    return prefix + "-" + stamp(periodStart) + (sequence == 0 ? "" : "." + sequence) + ".jsonl";
  }

  /** How a rotated name shows the start of its period; later periods sort after earlier ones. */
  String stamp(Instant periodStart) {
    return STAMP.format(periodStart);
  }

  /** The order of a rotated file among the others, if {@code file} is one of this sink's. */
  Optional<Rank> rank(Path file) {
    Matcher match = rotated.matcher(file.getFileName().toString());
    if (!match.matches()) {
      return Optional.empty();
    }
    int sequence = match.group(2) == null ? 0 : Integer.parseInt(match.group(2));
    return Optional.of(new Rank(match.group(1), sequence, file));
  }

  /** A rotated file's place: oldest first. */
  record Rank(String stamp, int sequence, Path file) {
    static final Comparator<Rank> OLDEST_FIRST =
        Comparator.comparing(Rank::stamp).thenComparingInt(Rank::sequence);
  }
}
