package io.duoctl.core.orgs;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.SettingsService;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports organizations from CSV with a header row naming the columns {@code name} (required),
 * {@code external_id} and {@code tags} (several tags separated by {@code ;}). All or nothing: any
 * bad line refuses the whole file, reporting every error with its line and column, name clashes
 * (with stored organizations or within the file) included.
 */
public final class OrganizationCsvImport {
  private static final String NAME = "name";
  private static final String EXTERNAL_ID = "external_id";
  private static final String TAGS = "tags";
  private static final CsvHeader HEADER =
      new CsvHeader(
          List.of(NAME, EXTERNAL_ID, TAGS),
          Map.of("externalid", EXTERNAL_ID),
          NAME,
          "organizations");

  private final Jdbi jdbi;
  private final OrganizationService organizations;
  private final SettingsService settings;

  public OrganizationCsvImport(
      Jdbi jdbi, OrganizationService organizations, SettingsService settings) {
    this.jdbi = jdbi;
    this.organizations = organizations;
    this.settings = settings;
  }

  /**
   * Creates one organization per data row in {@code configurationName} (null: the default).
   *
   * @return the created organizations in file order
   * @throws CsvImportException listing every bad line; nothing is created
   */
  public List<Organization> importCsv(Reader csv, String configurationName, String actor) {
    String configuration = settings.get(configurationName).name();
    CsvHeader.Table table = HEADER.read(csv);
    List<CsvLineError> errors = new ArrayList<>();
    List<Line> lines = parse(table.rows(), table.columns(), configuration, errors);
    return jdbi.inTransaction(
        handle -> {
          for (Line line : lines) {
            if (organizations.nameTaken(handle, configuration, line.org().name())) {
              errors.add(
                  new CsvLineError(
                      line.number(),
                      NAME,
                      "an organization named \""
                          + line.org().name().strip()
                          + "\" already exists; remove the line or rename it"));
            }
          }
          if (!errors.isEmpty()) {
            throw new CsvImportException(
                errors.stream().sorted(Comparator.comparingInt(CsvLineError::line)).toList());
          }
          List<Organization> created = new ArrayList<>();
          for (Line line : lines) {
            created.add(organizations.insert(handle, configuration, line.org(), "imported", actor));
          }
          return created;
        });
  }

  private record Line(int number, NewOrganization org) {}

  private static List<Line> parse(
      List<CsvRows.Row> rows,
      Map<String, Integer> columns,
      String configuration,
      List<CsvLineError> errors) {
    List<Line> lines = new ArrayList<>();
    Map<String, Integer> firstLineOfName = new HashMap<>();
    for (CsvRows.Row row : rows) {
      Optional<CsvLineError> tooMany = CsvHeader.tooManyValues(row, columns);
      if (tooMany.isPresent()) {
        errors.add(tooMany.get());
        continue;
      }
      NewOrganization org =
          new NewOrganization(
              configuration,
              CsvHeader.cell(row, columns, NAME),
              blankToNull(CsvHeader.cell(row, columns, EXTERNAL_ID)),
              tags(CsvHeader.cell(row, columns, TAGS)),
              Map.of(),
              AccessMode.CHILD_ACCOUNT);
      List<FieldError> fieldErrors = new ArrayList<>();
      OrganizationService.check(org, "", fieldErrors);
      fieldErrors.forEach(e -> errors.add(new CsvLineError(row.line(), e.field(), e.message())));
      if (fieldErrors.isEmpty()) {
        Integer first =
            firstLineOfName.putIfAbsent(OrganizationRules.nameKey(org.name()), row.line());
        if (first != null) {
          errors.add(
              new CsvLineError(
                  row.line(),
                  NAME,
                  "repeats the name on line " + first + "; keep only one of them"));
        }
        lines.add(new Line(row.line(), org));
      }
    }
    return lines;
  }

  private static Set<String> tags(String cell) {
    Set<String> tags = new LinkedHashSet<>();
    Arrays.stream(cell.split(";")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
    return tags;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
