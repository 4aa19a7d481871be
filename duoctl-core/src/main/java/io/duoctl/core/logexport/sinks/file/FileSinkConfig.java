package io.duoctl.core.logexport.sinks.file;

import io.duoctl.core.logexport.ConfigCheck;
import io.duoctl.core.logexport.SinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A JSON-lines file sink.
 *
 * @param name the sink's name
 * @param directory where the files go, an absolute path (created if missing)
 * @param filePrefix the start of every file name ({@code duoctl-events})
 * @param maxFileBytes a file is rotated before a batch would take it past this size (1 KiB to 1
 *     TiB); a single batch larger than this still goes into one file whole
 * @param rotateEvery a file is rotated when a period of this length ends, periods counted in UTC
 *     from 1970-01-01T00:00Z (so {@code PT1H} rotates at the top of each hour); 1 minute to 31 days
 * @param keepFiles how many rotated files to keep (oldest deleted first), or null to keep all
 */
public record FileSinkConfig(
    String name,
    Path directory,
    String filePrefix,
    long maxFileBytes,
    Duration rotateEvery,
    Integer keepFiles)
    implements SinkConfig {

  /** The default file prefix. */
  public static final String DEFAULT_PREFIX = "duoctl-events";

  /** The default largest file: 100 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;

  /** The default rotation period: an hour. */
  public static final Duration DEFAULT_ROTATE_EVERY = Duration.ofHours(1);

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final long MIN_BYTES = 1024;
  private static final long MAX_BYTES = 1L << 40;
  private static final int MAX_KEEP = 100_000;

  public FileSinkConfig {
    ConfigCheck check = new ConfigCheck(name);
    if (check.present(directory, "directory")) {
      check.require(
          directory.isAbsolute(), "directory", "must be an absolute path, was " + directory);
    }
    if (check.present(filePrefix, "file_prefix")) {
      check.require(
          PREFIX.matcher(filePrefix).matches(),
          "file_prefix",
          "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    check.require(
        maxFileBytes >= MIN_BYTES && maxFileBytes <= MAX_BYTES,
        "max_file_bytes",
        "must be from 1024 (1 KiB) to 1099511627776 (1 TiB), was " + maxFileBytes);
    check.between(rotateEvery, Duration.ofMinutes(1), Duration.ofDays(31), "rotate_every");
    check.require(
        keepFiles == null || (keepFiles >= 1 && keepFiles <= MAX_KEEP),
        "keep_files",
        "must be from 1 to " + MAX_KEEP + ", or left out to keep every rotated file");
    check.done();
  }

  /** Files of {@value #DEFAULT_PREFIX} in {@code directory}, 100 MiB or an hour each, all kept. */
  public static FileSinkConfig of(String name, Path directory) {
    return new FileSinkConfig(
        name, directory, DEFAULT_PREFIX, DEFAULT_MAX_FILE_BYTES, DEFAULT_ROTATE_EVERY, null);
  }

  /** This configuration with another size and period. */
  public FileSinkConfig withRotation(long newMaxFileBytes, Duration newRotateEvery) {
    return new FileSinkConfig(
        name, directory, filePrefix, newMaxFileBytes, newRotateEvery, keepFiles);
  }

  /** This configuration keeping at most {@code newKeepFiles} rotated files (null: all). */
  public FileSinkConfig withKeepFiles(Integer newKeepFiles) {
    return new FileSinkConfig(name, directory, filePrefix, maxFileBytes, rotateEvery, newKeepFiles);
  }

  @Override
  public String kind() {
    return "file";
  }
}
