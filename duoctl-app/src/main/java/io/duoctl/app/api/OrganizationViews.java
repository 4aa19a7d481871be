package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.mapping.MovedOrganization;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationPage;
import io.duoctl.core.vocabulary.WireNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organizations as the API shows them: own secret keys and the directory key never, only whether
 * they are set. Also their JSON Schemas.
 */
public final class OrganizationViews {
  private OrganizationViews() {}

  /** One organization as the API shows it. */
  public record OrganizationView(
      String id,
      String configuration,
      String name,
      String externalId,
      Set<String> tags,
      Map<String, String> variables,
      String accessMode,
      boolean mapped,
      String duoAccountId,
      Map<String, KeysView> ownKeys,
      boolean directoryKeySet,
      String createdAt,
      String updatedAt) {}

  /** The answer to a move: the organization where it is now, and what became of its mapping. */
  record MoveView(
      OrganizationView organization,
      String fromConfiguration,
      String mapping,
      String previousDuoAccountId,
      String message) {}

  static MoveView of(MovedOrganization moved) {
    return new MoveView(
        of(moved.organization()),
        moved.fromConfiguration(),
        WireNames.of(moved.mapping()),
        moved.duoAccountId(),
        moved.summary());
  }

  static ObjectNode moveSchema() {
    return JsonSchemas.object()
        .required("configuration", JsonSchemas.string("The configuration to move it to"))
        .closed();
  }

  static ObjectNode movedSchema() {
    return JsonSchemas.object()
        .description("An organization moved to another configuration")
        .required("organization", organizationSchema())
        .required("from_configuration", JsonSchemas.string("The configuration it left"))
        .required(
            "mapping",
            JsonSchemas.oneOf(
                "What became of its mapping: none (it had none), kept (the new configuration"
                    + " lists the same Duo account) or cleared (the account belongs to the old"
                    + " configuration's parent; map it again)",
                "none",
                "kept",
                "cleared"))
        .optional(
            "previous_duo_account_id", JsonSchemas.string("The account it was mapped to before"))
        .required("message", JsonSchemas.string("The same in one sentence"))
        .build();
  }

  record PageView(
      List<OrganizationView> organizations, long total, int offset, int limit, boolean hasMore) {}

  /** {@code o} as the API shows it. */
  public static OrganizationView of(Organization o) {
    Map<String, KeysView> keys = new LinkedHashMap<>();
    o.ownKeys()
        .forEach(
            (api, k) -> keys.put(api.fieldPrefix(), KeysView.stored(k.host(), k.integrationKey())));
    return new OrganizationView(
        o.id(),
        o.configurationName(),
        o.name(),
        o.externalId(),
        o.tags(),
        o.variables(),
        mode(o.accessMode()),
        o.isMapped(),
        o.duoAccountId(),
        keys,
        o.directoryKey() != null,
        String.valueOf(o.createdAt()),
        String.valueOf(o.updatedAt()));
  }

  static PageView of(OrganizationPage page) {
    return new PageView(
        page.organizations().stream().map(OrganizationViews::of).toList(),
        page.total(),
        page.offset(),
        page.limit(),
        page.hasMore());
  }

  static String mode(AccessMode mode) {
    return WireNames.of(mode);
  }

  static ObjectNode organizationSchema() {
    ObjectNode ownKeys = KeysView.byApiSchema("Own keys by API (admin, auth); secrets masked");
    ObjectNode variables = JsonSchemas.mapOf("Variables, name to value", JsonSchemas.string());
    return JsonSchemas.object()
        .description("A customer organization")
        .required("id", JsonSchemas.string("Stable id (UUID)"))
        .required("configuration", JsonSchemas.string("The configuration it belongs to"))
        .required("name", JsonSchemas.string("Name, unique within the configuration"))
        .optional("external_id", JsonSchemas.string("Id in a PSA or RMM"))
        .required("tags", JsonSchemas.array("Tags, sorted", JsonSchemas.string()))
        .required("variables", variables)
        .required("access_mode", accessModeSchema())
        .required("mapped", JsonSchemas.bool("Whether it is mapped to a Duo child account"))
        .optional("duo_account_id", JsonSchemas.string("The mapped Duo child account"))
        .required("own_keys", ownKeys)
        .required("directory_key_set", JsonSchemas.bool("Whether a directory key is stored"))
        .required("created_at", JsonSchemas.dateTime("Created"))
        .required("updated_at", JsonSchemas.dateTime("Last changed"))
        .build();
  }

  static ObjectNode accessModeSchema() {
    return JsonSchemas.oneOf("How duoctl reaches its Duo account", AccessMode.class);
  }

  static ObjectNode pageSchema() {
    return JsonSchemas.page("organizations", organizationSchema());
  }

  static ObjectNode createSchema() {
    ObjectNode variables = JsonSchemas.mapOf("Variables, name to value", JsonSchemas.string());
    return JsonSchemas.object()
        .optional("configuration", JsonSchemas.string("Configuration; default if left out"))
        .required("name", JsonSchemas.string("Name, unique within the configuration"))
        .optional("external_id", JsonSchemas.string("Id in a PSA or RMM"))
        .optional("tags", JsonSchemas.array("Tags", JsonSchemas.string()))
        .optional("variables", variables)
        .optional("access_mode", accessModeSchema())
        .closed();
  }

  static ObjectNode updateSchema() {
    ObjectNode variables =
        JsonSchemas.mapOf("Variables to set, name to value", JsonSchemas.string());
    return JsonSchemas.object()
        .optional("name", JsonSchemas.string("New name"))
        .optional("access_mode", accessModeSchema())
        .optional("add_tags", JsonSchemas.array("Tags to add", JsonSchemas.string()))
        .optional("remove_tags", JsonSchemas.array("Tags to remove", JsonSchemas.string()))
        .optional("variables", variables)
        .optional(
            "remove_variables", JsonSchemas.array("Variables to remove", JsonSchemas.string()))
        .closed();
  }

  static ObjectNode directoryKeySchema() {
    return JsonSchemas.object()
        .required(
            "directory_key",
            JsonSchemas.string("The duo_admin_api_directory_key; write-only")
                .put("writeOnly", true))
        .closed();
  }

  static ObjectNode ownKeysSchema() {
    return JsonSchemas.object()
        .required("host", JsonSchemas.string("API hostname"))
        .required("integration_key", JsonSchemas.string("Integration key (DI...)"))
        .optional(
            "secret_key",
            JsonSchemas.string("Secret key; write-only, left out keeps the stored one")
                .put("writeOnly", true))
        .closed();
  }
}
