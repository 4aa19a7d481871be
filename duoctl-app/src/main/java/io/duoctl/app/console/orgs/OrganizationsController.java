package io.duoctl.app.console.orgs;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.client.DuoApiException;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.errors.InvalidInputException;
import io.duoctl.core.mapping.AccountAlreadyMappedException;
import io.duoctl.core.mapping.AccountRefresh;
import io.duoctl.core.mapping.DuoAccountNotFoundException;
import io.duoctl.core.mapping.DuoImport;
import io.duoctl.core.mapping.MissingApiKeysException;
import io.duoctl.core.orgs.CsvImportException;
import io.duoctl.core.orgs.CsvLineError;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationNotFoundException;
import io.duoctl.core.orgs.check.CheckItem;
import io.duoctl.core.orgs.check.OrganizationCheckReport;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organizations and mapping page: the table with filter and paging, and the buttons that
 * refresh Duo accounts, import organizations (from Duo or CSV) and save mappings. Every change goes
 * through the same core services as the CLI, audited as {@code console:<operator>}.
 */
public final class OrganizationsController {

  /** The page's path. */
  public static final String PATH = "/console/organizations";

  private final Duoctl app;
  private final Pages pages;
  private final OrganizationsViews views;

  public OrganizationsController(Duoctl app, Pages pages) {
    this.app = app;
    this.pages = pages;
    this.views = new OrganizationsViews(app);
  }

  /** The page's routes: anyone signed in sees it, admins change organizations and mappings. */
  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ApiScope.READ, this::show),
        ConsoleRoute.post(PATH + "/refresh", ApiScope.ADMIN, this::refresh),
        ConsoleRoute.post(PATH + "/import-duo", ApiScope.ADMIN, this::importDuo),
        ConsoleRoute.post(PATH + "/import-csv", ApiScope.ADMIN, this::importCsv),
        ConsoleRoute.post(PATH + "/save", ApiScope.ADMIN, this::save));
  }

  void show(Context ctx) {
    String check = ctx.queryParam("check");
    if (check != null && !check.isBlank()) {
      check(ctx, check);
      return;
    }
    render(ctx, filter(ctx), notice(ctx), null, Map.of(), Map.of());
  }

  /** Checks one organization against Duo (reads only) and shows what it found with the fixes. */
  private void check(Context ctx, String organizationId) {
    OrganizationsView.Filter filter = filter(ctx);
    OrganizationCheckReport report;
    try {
      report = app.organizationCheck().check(app.organizations().get(organizationId));
    } catch (OrganizationNotFoundException | ConfigurationNotFoundException e) {
      render(ctx, filter, null, "Could not check: " + e.getMessage(), Map.of(), Map.of());
      return;
    }
    String found =
        report.items().stream()
            .map(i -> i.part() + " " + i.status())
            .collect(Collectors.joining(", "));
    String problems =
        report.items().stream()
            .filter(CheckItem::failed)
            .map(i -> i.part() + ": " + i.message() + (i.fix() == null ? "" : " Fix: " + i.fix()))
            .collect(Collectors.joining("; "));
    render(
        ctx,
        filter,
        "Checked " + report.organization() + ": " + found + ".",
        report.ok() ? null : report.organization() + " failed its check. " + problems,
        Map.of(),
        Map.of());
  }

  void refresh(Context ctx) {
    OrganizationsView.Filter filter = filter(ctx);
    try {
      AccountRefresh refresh =
          app.mapping()
              .refreshAccounts(filter.configuration(), app.accountDirectory(), Pages.actor(ctx));
      done(ctx, filter, "refreshed", refresh.accounts().size());
    } catch (DuoApiException | MissingApiKeysException | ConfigurationNotFoundException e) {
      render(
          ctx,
          filter,
          null,
          "Could not refresh the Duo accounts: " + e.getMessage(),
          Map.of(),
          Map.of());
    }
  }

  void importDuo(Context ctx) {
    OrganizationsView.Filter filter = filter(ctx);
    try {
      String actor = Pages.actor(ctx);
      app.mapping().refreshAccounts(filter.configuration(), app.accountDirectory(), actor);
      DuoImport result = app.organizationsFromDuo().importUnmapped(filter.configuration(), actor);
      done(ctx, filter, "imported", result.created().size());
    } catch (DuoApiException | MissingApiKeysException | ConfigurationNotFoundException e) {
      render(ctx, filter, null, "Could not import from Duo: " + e.getMessage(), Map.of(), Map.of());
    }
  }

  void importCsv(Context ctx) {
    OrganizationsView.Filter filter = filter(ctx);
    UploadedFile file = ctx.uploadedFile("csv");
    if (file == null || file.size() == 0) {
      render(ctx, filter, null, "Choose a CSV file to import first.", Map.of(), Map.of());
      return;
    }
    try (Reader csv = new InputStreamReader(file.content(), StandardCharsets.UTF_8)) {
      List<Organization> created =
          app.csvImport().importCsv(csv, filter.configuration(), Pages.actor(ctx));
      done(ctx, filter, "csv", created.size());
    } catch (CsvImportException e) {
      render(
          ctx,
          filter,
          null,
          "Nothing was imported: "
              + e.errors().stream().map(CsvLineError::toString).collect(Collectors.joining("; ")),
          Map.of(),
          Map.of());
    } catch (IOException e) {
      render(ctx, filter, null, "Could not read the uploaded file.", Map.of(), Map.of());
    }
  }

  void save(Context ctx) {
    OrganizationsView.Filter filter = filter(ctx);
    MappingSubmission submitted =
        MappingSubmission.read(ctx, app.mapping().accounts(filter.configuration()));
    if (!submitted.errors().isEmpty()) {
      render(
          ctx,
          filter,
          null,
          "Nothing was saved; fix the marked rows.",
          submitted.typed(),
          submitted.errors());
      return;
    }
    String actor = Pages.actor(ctx);
    Map<String, String> rowErrors = new HashMap<>();
    try {
      app.mapping().saveMappings(filter.configuration(), submitted.mappings(), actor);
    } catch (DuoAccountNotFoundException
        | AccountAlreadyMappedException
        | OrganizationNotFoundException
        | IllegalArgumentException e) {
      render(
          ctx, filter, null, "Nothing was saved: " + e.getMessage(), submitted.typed(), Map.of());
      return;
    }
    int saved = submitted.mappings().size();
    for (var mode : submitted.modes().entrySet()) {
      try {
        app.organizations().setAccessMode(mode.getKey(), mode.getValue(), actor);
        saved++;
      } catch (InvalidInputException | IllegalArgumentException e) {
        rowErrors.put(mode.getKey(), e.getMessage());
      }
    }
    for (var key : submitted.directoryKeys().entrySet()) {
      try {
        app.organizationKeys().setDirectoryKey(key.getKey(), key.getValue(), actor);
        saved++;
      } catch (InvalidInputException e) {
        rowErrors.put(key.getKey(), e.getMessage());
      }
    }
    if (!rowErrors.isEmpty()) {
      render(
          ctx,
          filter,
          "Saved " + saved + " changes.",
          "Some changes were not saved.",
          Map.of(),
          rowErrors);
      return;
    }
    done(ctx, filter, "saved", saved);
  }

  private void done(Context ctx, OrganizationsView.Filter filter, String notice, int count) {
    ctx.redirect(
        PATH + filter.query(filter.offset()) + "&notice=" + notice + "&n=" + count,
        HttpStatus.SEE_OTHER);
  }

  private void render(
      Context ctx,
      OrganizationsView.Filter filter,
      String message,
      String error,
      Map<String, String> typed,
      Map<String, String> rowErrors) {
    Map<String, Object> params = new HashMap<>();
    params.put(
        "view",
        views.build(
            pages
                .frame(ctx, "Organizations & mapping", "organizations")
                .withConfiguration(filter.configuration()),
            filter,
            message,
            error,
            typed,
            rowErrors));
    pages.render(ctx, "orgs/organizations.jte", params);
  }

  private OrganizationsView.Filter filter(Context ctx) {
    String offset = param(ctx, "offset");
    int at;
    try {
      at = offset == null || offset.isBlank() ? 0 : Integer.parseInt(offset);
    } catch (NumberFormatException e) {
      at = 0;
    }
    return new OrganizationsView.Filter(
        ConfigurationChoice.of(app, ctx),
        param(ctx, "q"),
        param(ctx, "show"),
        param(ctx, "tag"),
        at,
        param(ctx, "suggest") != null);
  }

  /** A query parameter, or on a form post the form field of that name. */
  private static String param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value != null ? value : ctx.formParam(name);
  }

  private static String notice(Context ctx) {
    String n = ctx.queryParam("n");
    String count = n != null && n.matches("[0-9]{1,6}") ? n : "0";
    String notice = ctx.queryParam("notice");
    if (notice == null) {
      return null;
    }
    return switch (notice) {
      case "refreshed" -> "Refreshed the Duo account list: " + count + " accounts.";
      case "imported" -> "Created " + count + " organizations from Duo accounts.";
      case "csv" -> "Imported " + count + " organizations from CSV.";
      case "saved" -> "Saved " + count + " changes.";
      default -> null;
    };
  }
}
