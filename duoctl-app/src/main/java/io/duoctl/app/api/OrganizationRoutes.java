package io.duoctl.app.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.mapping.OrganizationMoves;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationKeyService;
import io.duoctl.core.orgs.OrganizationQuery;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.orgs.OrganizationUpdate;
import io.duoctl.core.orgs.check.OrganizationCheck;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.settings.ValidationStatus;
import io.duoctl.core.vocabulary.WireNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /api/v1/organizations} and {@code /api/v1/tags}: customer organizations, as {@code duoctl
 * orgs} manages them, with their write-only directory key and own keys.
 */
final class OrganizationRoutes {
  static final String BASE = "/api/v1/organizations";
  static final String ONE = BASE + "/{org}";
  static final String ORG = "Organization name or id";
  static final String CONFIGURATION = "Configuration whose organization names to look up; default";
  private static final String TAG = "organizations";

  private final SettingsService settings;
  private final OrganizationService organizations;
  private final OrganizationKeyService keys;
  private final OrganizationMoves moves;
  private final OrganizationCheck check;

  OrganizationRoutes(
      SettingsService settings,
      OrganizationService organizations,
      OrganizationKeyService keys,
      OrganizationMoves moves,
      OrganizationCheck check) {
    this.settings = settings;
    this.organizations = organizations;
    this.keys = keys;
    this.moves = moves;
    this.check = check;
  }

  /** The answer of setting own keys: the organization, and the keys' check unless skipped. */
  record OwnKeysSavedView(
      @JsonUnwrapped OrganizationViews.OrganizationView organization, KeysCheckView validation) {}

  /** The signed call's result for the keys just saved, with the command that fixes a failure. */
  record KeysCheckView(boolean ok, String status, String message, String checkedAt, String fix) {}

  /** A tag and how many organizations carry it. */
  record TagView(String tag, int organizations) {}

  List<ApiRoute> routes() {
    var org = OrganizationViews.organizationSchema();
    return List.of(
        ApiRoute.get(BASE, ApiScope.READ)
            .operationId("listOrganizations")
            .summary("Lists organizations by name, filtered and paged")
            .tag(TAG)
            .query("configuration", "Only this configuration's; default", JsonSchemas.string())
            .query("tag", "Only those with this tag", JsonSchemas.string())
            .query("name", "Only names containing this (any case)", JsonSchemas.string())
            .query("mapped", "true: only mapped; false: only unmapped", JsonSchemas.bool("Mapped"))
            .query(
                "offset", "Skip this many (default 0)", JsonSchemas.integer("Offset", 0, 1_000_000))
            .query("limit", "Page size (default 100)", JsonSchemas.integer("Limit", 1, 1000))
            .response(OrganizationViews.pageSchema())
            .handle(this::list),
        ApiRoute.post(BASE, ApiScope.ADMIN)
            .operationId("createOrganization")
            .summary("Creates an organization")
            .tag(TAG)
            .body(OrganizationViews.createSchema())
            .response(201, org)
            .handle(this::create),
        ApiRoute.get(ONE, ApiScope.READ)
            .operationId("getOrganization")
            .summary("Shows an organization; secrets never shown")
            .tag(TAG)
            .pathParam("org", ORG)
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .response(org.deepCopy())
            .handle(call -> OrganizationViews.of(find(call))),
        ApiRoute.patch(ONE, ApiScope.ADMIN)
            .operationId("updateOrganization")
            .summary("Renames, retags, changes variables or the access mode of an organization")
            .description("The given changes apply in the order of the fields.")
            .tag(TAG)
            .pathParam("org", ORG)
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .body(OrganizationViews.updateSchema())
            .response(org.deepCopy())
            .handle(this::update),
        ApiRoute.post(ONE + "/move", ApiScope.ADMIN)
            .operationId("moveOrganization")
            .summary("Moves an organization to another configuration")
            .description(
                "Tags, variables, access mode and keys go along. The mapping stays only when the"
                    + " new configuration lists the same Duo account and no organization there is"
                    + " mapped to it; otherwise it is cleared (mapping: cleared), as the account"
                    + " belongs to the old configuration's parent account.")
            .tag(TAG)
            .pathParam("org", ORG)
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .body(OrganizationViews.moveSchema())
            .response(OrganizationViews.movedSchema())
            .handle(this::move),
        ApiRoute.delete(ONE, ApiScope.ADMIN)
            .operationId("deleteOrganization")
            .summary("Deletes an organization with its mapping and keys")
            .tag(TAG)
            .pathParam("org", ORG)
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .noContent()
            .handle(this::delete),
        ApiRoute.get("/api/v1/tags", ApiScope.READ)
            .operationId("listTags")
            .summary("Lists the tags in use with how many organizations carry each")
            .tag(TAG)
            .query("configuration", "Only this configuration's; default", JsonSchemas.string())
            .response(tagsSchema())
            .handle(this::tags),
        ApiRoute.put(ONE + "/directory-key", ApiScope.ADMIN)
            .operationId("setDirectoryKey")
            .summary("Sets the organization's directory key (write-only)")
            .tag(TAG)
            .pathParam("org", ORG)
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .body(OrganizationViews.directoryKeySchema())
            .response(org.deepCopy())
            .handle(this::setDirectoryKey),
        ApiRoute.delete(ONE + "/directory-key", ApiScope.ADMIN)
            .operationId("clearDirectoryKey")
            .summary("Removes the organization's directory key")
            .tag(TAG)
            .pathParam("org", ORG)
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .response(org.deepCopy())
            .handle(
                call ->
                    OrganizationViews.of(keys.clearDirectoryKey(find(call).id(), call.actor()))),
        ApiRoute.put(ONE + "/keys/{api}", ApiScope.ADMIN)
            .operationId("setOwnKeys")
            .summary("Sets the organization's own Admin or Auth API keys (secret write-only)")
            .description(
                "Then checks them with one signed call (unless validate=false), like saving a"
                    + " configuration: the keys stay saved when the check fails; validation.ok"
                    + " is false and validation.fix names the command that fixes them.")
            .tag(TAG)
            .pathParam("org", ORG)
            .pathParam("api", "admin or auth")
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .query(
                "validate",
                "Check the keys against Duo after saving (default true)",
                JsonSchemas.bool("Validate after saving"))
            .body(OrganizationViews.ownKeysSchema())
            .response(withValidation(org.deepCopy()))
            .handle(this::setOwnKeys),
        ApiRoute.delete(ONE + "/keys/{api}", ApiScope.ADMIN)
            .operationId("removeOwnKeys")
            .summary("Removes the organization's own keys of one API")
            .tag(TAG)
            .pathParam("org", ORG)
            .pathParam("api", "admin or auth")
            .query("configuration", CONFIGURATION, JsonSchemas.string())
            .response(org.deepCopy())
            .handle(
                call ->
                    OrganizationViews.of(
                        keys.removeOwnKeys(find(call).id(), api(call), call.actor()))));
  }

  /** The organization named by the path parameter {@code org}. */
  Organization find(ApiCall call) {
    return organizations.getByNameOrId(
        call.query("configuration").orElse(null), call.pathParam("org"));
  }

  private Object list(ApiCall call) {
    String configuration = settings.get(call.query("configuration").orElse(null)).name();
    int offset = call.queryInt("offset", 0, 0, 1_000_000);
    int limit = call.queryInt("limit", 100, 1, OrganizationQuery.MAX_LIMIT);
    return OrganizationViews.of(
        organizations.list(
            OrganizationQuery.of(configuration)
                .withTag(call.query("tag").orElse(null))
                .withNameContaining(call.query("name").orElse(null))
                .onlyMapped(call.queryBoolean("mapped").orElse(null))
                .page(offset, limit)));
  }

  private Object create(ApiCall call) {
    OrganizationRequests.Create body = call.body(OrganizationRequests.Create.class);
    AccessMode mode = body.accessMode() == null ? null : mode("access_mode", body.accessMode());
    Organization created =
        organizations.create(
            new NewOrganization(
                body.configuration(),
                body.name(),
                body.externalId(),
                body.tags() == null ? null : new LinkedHashSet<>(body.tags()),
                body.variables(),
                mode),
            call.actor());
    return new ApiResponse(201, OrganizationViews.of(created));
  }

  private Object update(ApiCall call) {
    OrganizationRequests.Update body = call.body(OrganizationRequests.Update.class);
    AccessMode mode = body.accessMode() == null ? null : mode("access_mode", body.accessMode());
    OrganizationUpdate update =
        OrganizationUpdate.none()
            .withName(body.name())
            .withAccessMode(mode)
            .withAddedTags(orEmpty(body.addTags()))
            .withRemovedTags(orEmpty(body.removeTags()))
            .withVariables(body.variables() == null ? Map.of() : body.variables())
            .withRemovedVariables(orEmpty(body.removeVariables()));
    Organization org = organizations.update(find(call).id(), update, call.actor());
    return OrganizationViews.of(org);
  }

  private Object move(ApiCall call) {
    OrganizationRequests.Move body = call.body(OrganizationRequests.Move.class);
    return OrganizationViews.of(moves.move(find(call).id(), body.configuration(), call.actor()));
  }

  private Object delete(ApiCall call) {
    organizations.delete(find(call).id(), call.actor());
    return null;
  }

  private Object tags(ApiCall call) {
    String configuration = settings.get(call.query("configuration").orElse(null)).name();
    Map<String, Integer> counts = new TreeMap<>();
    for (Organization o : organizations.listAll(configuration)) {
      o.tags().forEach(t -> counts.merge(t, 1, Integer::sum));
    }
    List<TagView> tags = new ArrayList<>();
    counts.forEach((tag, n) -> tags.add(new TagView(tag, n)));
    return tags;
  }

  private Object setDirectoryKey(ApiCall call) {
    OrganizationRequests.DirectoryKey body = call.body(OrganizationRequests.DirectoryKey.class);
    Secret key = SecretFields.of("directory_key", body.directoryKey());
    return OrganizationViews.of(keys.setDirectoryKey(find(call).id(), key, call.actor()));
  }

  private Object setOwnKeys(ApiCall call) {
    DuoApi api = api(call);
    OrganizationRequests.OwnKeys body = call.body(OrganizationRequests.OwnKeys.class);
    Organization org = find(call);
    var input =
        new ApiCredentialsInput(
            body.host(), body.integrationKey(), SecretFields.of("secret_key", body.secretKey()));
    Organization saved = keys.setOwnKeys(org.id(), api, input, call.actor());
    KeysCheckView validation = null;
    if (call.queryBoolean("validate").orElse(true)) {
      ApiCheck result = check.checkOwnKeys(saved, api);
      validation =
          new KeysCheckView(
              result.ok(),
              WireNames.of(result.status()),
              result.message(),
              String.valueOf(result.checkedAt()),
              OrganizationCheck.fixFor(saved, api, result));
    }
    return new OwnKeysSavedView(OrganizationViews.of(saved), validation);
  }

  private static ObjectNode withValidation(ObjectNode organization) {
    ((ObjectNode) organization.get("properties"))
        .set(
            "validation",
            JsonSchemas.object()
                .description("The check of the keys just saved; left out with validate=false")
                .required("ok", JsonSchemas.bool("Whether Duo accepted the keys"))
                .required(
                    "status", JsonSchemas.oneOf("What the check found", ValidationStatus.class))
                .required("message", JsonSchemas.string("What it means"))
                .required("checked_at", JsonSchemas.dateTime("When the check ran"))
                .optional("fix", JsonSchemas.string("The command that fixes a failure"))
                .build());
    return organization;
  }

  private static DuoApi api(ApiCall call) {
    String value = call.pathParam("api");
    Optional<DuoApi> api = ConfigurationUpdates.api(value.toLowerCase(Locale.ROOT));
    if (api.isEmpty() || api.get() == DuoApi.ACCOUNTS) {
      throw ApiException.notFound(
          "no such API \"" + value + "\"; an organization's own keys are for admin or auth");
    }
    return api.get();
  }

  static AccessMode mode(String field, String text) {
    return WireNames.parse(AccessMode.class, text, field);
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static ObjectNode tagsSchema() {
    return JsonSchemas.array(
        JsonSchemas.object()
            .required("tag", JsonSchemas.string("The tag"))
            .required("organizations", JsonSchemas.integer("How many carry it"))
            .build());
  }
}
