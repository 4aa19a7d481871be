package io.duoctl.core.orgs;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.ApiKeyRules;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports organizations' own API keys and directory keys from CSV with the header {@code
 * organization,api,host,ikey,secret_key,directory_key}: per line an organization (name or id), and
 * the keys of one API (admin or auth) or a directory key or both. Secrets come only from the file.
 * All or nothing: any bad line refuses the whole file, reporting every error with its line and
 * column and never echoing a secret.
 */
public final class OrganizationKeysImport {
  static final String ORGANIZATION = "organization";
  static final String API = "api";
  static final String HOST = "host";
  static final String IKEY = "ikey";
  static final String SECRET_KEY = "secret_key";
  static final String DIRECTORY_KEY = "directory_key";

  private static final CsvHeader HEADER =
      new CsvHeader(
          List.of(ORGANIZATION, API, HOST, IKEY, SECRET_KEY, DIRECTORY_KEY),
          Map.of("integration_key", IKEY, "org", ORGANIZATION, "skey", SECRET_KEY),
          ORGANIZATION,
          "keys");

  /**
   * One line that was imported.
   *
   * @param api the API whose own keys it set, or null
   */
  public record Line(int number, Organization organization, DuoApi api, boolean directoryKey) {}

  private record Parsed(
      int number, Organization organization, DuoApi api, ApiCredentialsInput keys, Secret dirKey) {}

  private final Jdbi jdbi;
  private final OrganizationService organizations;
  private final OrganizationKeyService keys;
  private final SettingsService settings;

  public OrganizationKeysImport(
      Jdbi jdbi,
      OrganizationService organizations,
      OrganizationKeyService keys,
      SettingsService settings) {
    this.jdbi = jdbi;
    this.organizations = organizations;
    this.keys = keys;
    this.settings = settings;
  }

  /**
   * Stores every line's keys for organizations of {@code configurationName} (null: the default).
   *
   * @return the imported lines in file order, each with its organization as stored afterwards
   * @throws CsvImportException listing every bad line; nothing is stored
   */
  public List<Line> importCsv(Reader csv, String configurationName, String actor) {
    String configuration = settings.get(configurationName).name();
    CsvHeader.Table table = HEADER.read(csv);
    List<CsvLineError> errors = new ArrayList<>();
    List<Parsed> lines = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvRows.Row row : table.rows()) {
      parse(row, table.columns(), configuration, errors)
          .ifPresent(
              line -> {
                repeated(line, firstLine, errors);
                lines.add(line);
              });
    }
    if (!errors.isEmpty()) {
      throw new CsvImportException(errors);
    }
    return jdbi.inTransaction(
        handle -> {
          List<Line> imported = new ArrayList<>();
          for (Parsed line : lines) {
            String id = line.organization().id();
            Organization after = line.organization();
            if (line.keys() != null) {
              after = keys.setOwnKeys(handle, id, line.api(), line.keys(), actor);
            }
            if (line.dirKey() != null) {
              after = keys.setDirectoryKey(handle, id, line.dirKey(), actor);
            }
            imported.add(new Line(line.number(), after, line.api(), line.dirKey() != null));
          }
          return imported;
        });
  }

  private Optional<Parsed> parse(
      CsvRows.Row row,
      Map<String, Integer> columns,
      String configuration,
      List<CsvLineError> errors) {
    Optional<CsvLineError> tooMany = CsvHeader.tooManyValues(row, columns);
    if (tooMany.isPresent()) {
      errors.add(tooMany.get());
      return Optional.empty();
    }
    int before = errors.size();
    String ref = CsvHeader.cell(row, columns, ORGANIZATION).strip();
    Organization org = null;
    if (ref.isEmpty()) {
      errors.add(new CsvLineError(row.line(), ORGANIZATION, "is required (a name or id)"));
    } else {
      try {
        org = organizations.getByNameOrId(configuration, ref);
      } catch (OrganizationNotFoundException e) {
        errors.add(
            new CsvLineError(
                row.line(),
                ORGANIZATION,
                "no organization "
                    + OrganizationRules.quoted(ref)
                    + " in configuration \""
                    + configuration
                    + "\"; add it first (duoctl orgs add) or fix the name"));
      }
    }
    String apiText = CsvHeader.cell(row, columns, API).strip();
    String host = CsvHeader.cell(row, columns, HOST);
    String ikey = CsvHeader.cell(row, columns, IKEY);
    String secret = CsvHeader.cell(row, columns, SECRET_KEY);
    String dirText = CsvHeader.cell(row, columns, DIRECTORY_KEY);
    boolean wantsKeys =
        !apiText.isEmpty() || !host.isBlank() || !ikey.isBlank() || !secret.isBlank();
    DuoApi api = null;
    ApiCredentialsInput input = null;
    if (wantsKeys) {
      api = api(row.line(), apiText, errors);
      input =
          new ApiCredentialsInput(host, ikey, secret.isBlank() ? null : Secret.of(secret.strip()));
      boolean stored = org != null && api != null && org.ownKeys(api).isPresent();
      List<FieldError> keyErrors = new ArrayList<>();
      ApiKeyRules.check("k", input, stored, keyErrors);
      for (FieldError e : keyErrors) {
        errors.add(new CsvLineError(row.line(), column(e.field()), e.message()));
      }
    }
    Secret dirKey = dirText.isBlank() ? null : Secret.of(dirText.strip());
    if (dirKey != null) {
      DirectoryKeyRules.problem(dirKey)
          .ifPresent(p -> errors.add(new CsvLineError(row.line(), DIRECTORY_KEY, p)));
    }
    if (!wantsKeys && dirKey == null && ref.length() > 0) {
      errors.add(
          new CsvLineError(
              row.line(),
              "csv",
              "sets nothing; give api, host, ikey and secret_key, or directory_key, or both"));
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(row.line(), org, api, input, dirKey));
  }

  private static DuoApi api(int line, String text, List<CsvLineError> errors) {
    String wanted = text.toLowerCase(Locale.ROOT);
    if (wanted.equals("admin")) {
      return DuoApi.ADMIN;
    }
    if (wanted.equals("auth")) {
      return DuoApi.AUTH;
    }
    errors.add(
        new CsvLineError(
            line,
            API,
            text.isEmpty()
                ? "is required with keys: admin or auth"
                : "must be admin or auth (an organization's own keys are for these two APIs)"));
    return null;
  }

  /** The CSV column of an {@link ApiKeyRules} field ({@code k.integration_key} is ikey). */
  private static String column(String field) {
    String name = field.substring(field.indexOf('.') + 1);
    return name.equals("integration_key") ? IKEY : name;
  }

  private static void repeated(
      Parsed line, Map<String, Integer> firstLine, List<CsvLineError> errors) {
    List<String> slots = new ArrayList<>();
    if (line.api() != null) {
      slots.add(line.organization().id() + "/" + line.api());
    }
    if (line.dirKey() != null) {
      slots.add(line.organization().id() + "/" + DIRECTORY_KEY);
    }
    for (String slot : slots) {
      Integer first = firstLine.putIfAbsent(slot, line.number());
      if (first != null) {
        errors.add(
            new CsvLineError(
                line.number(),
                slot.endsWith(DIRECTORY_KEY) ? DIRECTORY_KEY : API,
                "repeats what line "
                    + first
                    + " sets for "
                    + line.organization().name()
                    + "; keep only one of them"));
      }
    }
  }
}
