package io.duoctl.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that opens duoctl's data shares. */
final class AppOptions {
  /** How results are printed. */
  enum Format {
    table,
    json,
    jsonl,
    csv,
    /** An Excel workbook: {@code reports run} only ({@link AppCommand#acceptsXlsx()}). */
    xlsx
  }

  /** The refusal of {@code -o xlsx} by a command that prints no report. */
  static UsageException xlsxRefused() {
    return new UsageException("-o xlsx is for `duoctl reports run`; use table, json, jsonl or csv");
  }

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data directory (H2 database, master key file). Default: $DUOCTL_DATA or ~/.duoctl.")
  Path dataDir;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Use this database (e.g. jdbc:postgresql://db:5432/duoctl) instead of the embedded one;"
              + " password from $DUOCTL_DB_PASSWORD. Default: $DUOCTL_DB_URL.")
  String databaseUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "Database user for --db. Default: $DUOCTL_DB_USER.")
  String databaseUser;

  @Option(
      names = "--config",
      paramLabel = "NAME",
      description = "The named configuration to work on. Default: the default configuration.")
  String configuration;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format output;
}
