package io.duoctl.app.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.actions.BodyFields;
import io.duoctl.core.jobs.OrganizationSelection;
import java.util.Set;

/** Takes a snapshot now and reads the trends. */
final class SnapshotsController {

  private static final Set<String> FIELDS =
      Set.of("organizations", "tag", "all_organizations", "configuration");

  private final Duoctl duoctl;

  SnapshotsController(Duoctl duoctl) {
    this.duoctl = duoctl;
  }

  ObjectNode take(ApiCall call) {
    JsonNode body = call.body(JsonNode.class);
    BodyFields fields = new BodyFields(body, FIELDS);
    OrganizationSelection selection =
        fields.organizationSelection(OrganizationSelection.allMapped());
    String configuration = fields.optionalText("configuration", "\"eu\"").orElse(null);
    fields.throwIfInvalid("invalid snapshot");
    return SnapshotJson.run(
        duoctl.snapshots().take(configuration, selection, call.token().scope(), call.actor()));
  }

  ObjectNode trends(ApiCall call) {
    return SnapshotJson.trends(
        duoctl
            .snapshots()
            .trends(
                call.query("from").orElse(null),
                call.query("to").orElse(null),
                call.query("organization").orElse(null)));
  }
}
