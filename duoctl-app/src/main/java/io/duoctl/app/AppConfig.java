package io.duoctl.app;

import io.duoctl.core.db.DatabaseConfig;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.logexport.exports.LogExportSettings;
import io.duoctl.core.reports.snapshots.SnapshotSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the composition root needs to start, as plain data: where the data lives, which
 * database to use, the master key (when given by the environment) and who is acting. Built by
 * {@link #fromEnvironment} in {@link Main}, or directly by tests; {@link #toString()} hides the
 * database password and the master key.
 *
 * @param dataDir the data directory (H2 database and master key file), e.g. {@code ~/.duoctl}
 * @param databaseUrl a JDBC URL (PostgreSQL) instead of the embedded H2 database, or null
 * @param databaseUser the database user for {@code databaseUrl}, or null
 * @param databasePassword the database password for {@code databaseUrl}, or null
 * @param masterKey the base64 master key ({@code DUOCTL_MASTER_KEY}), or null to use the key file
 * @param actor who is acting, as recorded in the audit log, e.g. {@code cli:alice}
 * @param jobLease how long this process's claim on the jobs it runs lasts without a heartbeat
 *     ({@code DUOCTL_JOB_LEASE}, seconds; default 30): a job whose process is gone is resumed by a
 *     server once it lapses
 * @param schedulePoll how often a server looks for due schedules ({@code DUOCTL_SCHEDULE_POLL},
 *     seconds; default 10)
 * @param snapshots when the daily report snapshot is taken and how long snapshots are kept ({@code
 *     DUOCTL_SNAPSHOT_TIME}, {@code DUOCTL_SNAPSHOT_ZONE}, {@code DUOCTL_SNAPSHOT_RETENTION_DAYS})
 * @param logExportPoll how long a log export waits after Duo's last page before asking an
 *     organization's log again ({@code DUOCTL_LOG_EXPORT_POLL}, seconds; default 60, Duo's
 *     recommendation; shorter only for tests against an emulator with a short log delay)
 */
public record AppConfig(
    Path dataDir,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    String masterKey,
    String actor,
    Duration jobLease,
    Duration schedulePoll,
    SnapshotSettings snapshots,
    Duration logExportPoll) {
  /** The data directory variable. */
  public static final String DATA_DIR_VARIABLE = "DUOCTL_DATA";

  /** The JDBC URL variable (PostgreSQL). */
  public static final String DB_URL_VARIABLE = "DUOCTL_DB_URL";

  /** The database user variable. */
  public static final String DB_USER_VARIABLE = "DUOCTL_DB_USER";

  /** The database password variable (never a command-line option). */
  public static final String DB_PASSWORD_VARIABLE = "DUOCTL_DB_PASSWORD";

  /** The master key variable (base64 of 32 bytes). */
  public static final String MASTER_KEY_VARIABLE = "DUOCTL_MASTER_KEY";

  /** The actor name variable (default {@code cli:<user>}). */
  public static final String ACTOR_VARIABLE = "DUOCTL_ACTOR";

  /** The job lease variable, in seconds (default 30). */
  public static final String JOB_LEASE_VARIABLE = "DUOCTL_JOB_LEASE";

  /** The schedule poll variable, in seconds (default 10). */
  public static final String SCHEDULE_POLL_VARIABLE = "DUOCTL_SCHEDULE_POLL";

  /** The log export poll variable, in seconds (default 60). */
  public static final String LOG_EXPORT_POLL_VARIABLE = "DUOCTL_LOG_EXPORT_POLL";

  /** How often a server looks for due schedules unless told otherwise. */
  public static final Duration DEFAULT_SCHEDULE_POLL = Duration.ofSeconds(10);

  private static final Duration MIN_SCHEDULE_POLL = Duration.ofMillis(100);
  private static final long MAX_SCHEDULE_POLL_SECONDS = 3600;
  private static final long MAX_LOG_EXPORT_POLL_SECONDS = 3600;

  /** A configuration with the default job lease. */
  public AppConfig(
      Path dataDir,
      String databaseUrl,
      String databaseUser,
      String databasePassword,
      String masterKey,
      String actor) {
    this(
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        masterKey,
        actor,
        JobLease.DEFAULT_LENGTH,
        DEFAULT_SCHEDULE_POLL);
  }

  /** A configuration with the default snapshot settings. */
  public AppConfig(
      Path dataDir,
      String databaseUrl,
      String databaseUser,
      String databasePassword,
      String masterKey,
      String actor,
      Duration jobLease,
      Duration schedulePoll) {
    this(
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        masterKey,
        actor,
        jobLease,
        schedulePoll,
        SnapshotSettings.defaults());
  }

  /** A configuration with the default log export poll. */
  public AppConfig(
      Path dataDir,
      String databaseUrl,
      String databaseUser,
      String databasePassword,
      String masterKey,
      String actor,
      Duration jobLease,
      Duration schedulePoll,
      SnapshotSettings snapshots) {
    this(
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        masterKey,
        actor,
        jobLease,
        schedulePoll,
        snapshots,
        LogExportSettings.DEFAULT_POLL);
  }

  public AppConfig {
    Objects.requireNonNull(jobLease, "jobLease");
    Objects.requireNonNull(schedulePoll, "schedulePoll");
    Objects.requireNonNull(snapshots, "snapshots");
    Objects.requireNonNull(logExportPoll, "logExportPoll");
    if (logExportPoll.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          LOG_EXPORT_POLL_VARIABLE
              + " must be at least 1 second, was "
              + logExportPoll.toSeconds());
    }
    if (schedulePoll.compareTo(MIN_SCHEDULE_POLL) < 0) {
      throw new IllegalArgumentException(
          "schedulePoll must be at least "
              + MIN_SCHEDULE_POLL.toMillis()
              + " ms, was "
              + schedulePoll);
    }
    if (jobLease.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          JOB_LEASE_VARIABLE + " must be at least 1 second, was " + jobLease.toSeconds());
    }
    Objects.requireNonNull(dataDir, "dataDir");
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor must name who acts, e.g. cli:alice");
    }
    databaseUrl = blankToNull(databaseUrl);
    masterKey = blankToNull(masterKey);
  }

  /**
   * The configuration the environment describes: {@code DUOCTL_DATA} (default {@code
   * <home>/.duoctl}), {@code DUOCTL_DB_URL}, {@code DUOCTL_DB_USER}, {@code DUOCTL_DB_PASSWORD},
   * {@code DUOCTL_MASTER_KEY}, {@code DUOCTL_ACTOR} (default {@code cli:<user>}), {@code
   * DUOCTL_JOB_LEASE}, {@code DUOCTL_SCHEDULE_POLL}, {@code DUOCTL_LOG_EXPORT_POLL} and the
   * snapshot settings ({@link SnapshotVariables}).
   *
   * @param env the environment, as {@link System#getenv()} gives it
   * @param userHome the user's home directory
   * @param userName the operating-system user name, may be null
   */
  public static AppConfig fromEnvironment(
      Map<String, String> env, String userHome, String userName) {
    String data = blankToNull(env.get(DATA_DIR_VARIABLE));
    Path dataDir = data != null ? Path.of(data) : DatabaseConfig.defaultDataDir(Path.of(userHome));
    String actor = blankToNull(env.get(ACTOR_VARIABLE));
    if (actor == null) {
      actor = "cli:" + (userName == null || userName.isBlank() ? "unknown" : userName);
    }
    return new AppConfig(
        dataDir,
        env.get(DB_URL_VARIABLE),
        env.get(DB_USER_VARIABLE),
        env.get(DB_PASSWORD_VARIABLE),
        env.get(MASTER_KEY_VARIABLE),
        actor,
        jobLease(blankToNull(env.get(JOB_LEASE_VARIABLE))),
        schedulePoll(blankToNull(env.get(SCHEDULE_POLL_VARIABLE))),
        SnapshotVariables.read(env),
        logExportPoll(blankToNull(env.get(LOG_EXPORT_POLL_VARIABLE))));
  }

  private static Duration jobLease(String seconds) {
    if (seconds == null) {
      return JobLease.DEFAULT_LENGTH;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(seconds));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          JOB_LEASE_VARIABLE + " must be a number of seconds, e.g. 30, was " + seconds);
    }
  }

  private static Duration schedulePoll(String seconds) {
    if (seconds == null) {
      return DEFAULT_SCHEDULE_POLL;
    }
    try {
      long value = Long.parseLong(seconds);
      if (value >= 1 && value <= MAX_SCHEDULE_POLL_SECONDS) {
        return Duration.ofSeconds(value);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(
        SCHEDULE_POLL_VARIABLE
            + " must be a whole number of seconds from 1 to "
            + MAX_SCHEDULE_POLL_SECONDS
            + ", e.g. 10, was "
            + seconds);
  }

  private static Duration logExportPoll(String seconds) {
    if (seconds == null) {
      return LogExportSettings.DEFAULT_POLL;
    }
    try {
      long value = Long.parseLong(seconds);
      if (value >= 1 && value <= MAX_LOG_EXPORT_POLL_SECONDS) {
        return Duration.ofSeconds(value);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(
        LOG_EXPORT_POLL_VARIABLE
            + " must be a whole number of seconds from 1 to "
            + MAX_LOG_EXPORT_POLL_SECONDS
            + ", e.g. 60, was "
            + seconds);
  }

  /** This configuration with another data directory. */
  public AppConfig withDataDir(Path value) {
    return new AppConfig(
        value,
        databaseUrl,
        databaseUser,
        databasePassword,
        masterKey,
        actor,
        jobLease,
        schedulePoll,
        snapshots,
        logExportPoll);
  }

  /** This configuration with a database URL (and user, when not null). */
  public AppConfig withDatabase(String url, String user) {
    return new AppConfig(
        dataDir,
        url,
        user != null ? user : databaseUser,
        databasePassword,
        masterKey,
        actor,
        jobLease,
        schedulePoll,
        snapshots,
        logExportPoll);
  }

  /** This configuration with another master key (base64), or null for the key file. */
  public AppConfig withMasterKey(String base64) {
    return new AppConfig(
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        base64,
        actor,
        jobLease,
        schedulePoll,
        snapshots,
        logExportPoll);
  }

  /** This configuration with another actor. */
  public AppConfig withActor(String value) {
    return new AppConfig(
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        masterKey,
        value,
        jobLease,
        schedulePoll,
        snapshots,
        logExportPoll);
  }

  /** This configuration with servers looking for due schedules every {@code value}. */
  public AppConfig withSchedulePoll(Duration value) {
    return new AppConfig(
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        masterKey,
        actor,
        jobLease,
        value,
        snapshots,
        logExportPoll);
  }

  /** This configuration with other daily snapshot settings. */
  public AppConfig withSnapshots(SnapshotSettings value) {
    return new AppConfig(
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        masterKey,
        actor,
        jobLease,
        schedulePoll,
        value,
        logExportPoll);
  }

  /** This configuration with log exports asking Duo again {@code value} after its last page. */
  public AppConfig withLogExportPoll(Duration value) {
    return new AppConfig(
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        masterKey,
        actor,
        jobLease,
        schedulePoll,
        snapshots,
        value);
  }

  /** The database to open: the URL when given, else H2 in the data directory. */
  public DatabaseConfig database() {
    return databaseUrl != null
        ? DatabaseConfig.jdbc(databaseUrl, databaseUser, databasePassword)
        : DatabaseConfig.embedded(dataDir);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "AppConfig[dataDir="
        + dataDir
        + ", database="
        + (databaseUrl != null ? databaseUrl : "embedded")
        + ", masterKey="
        + (masterKey != null ? "from environment" : "key file")
        + ", actor="
        + actor
        + "]";
  }
}
