package io.duoctl.client.admin.integrations;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A Duo integration (application). Its secret key is deliberately not read, even when Duo sends it;
 * fields not typed here (SSO settings, newer flags) are in {@code extra}.
 *
 * @param integrationKey the integration key ({@code DI…})
 * @param name the name
 * @param type e.g. {@code adminapi}, {@code accountsapi}, {@code websdk}, {@code sso-generic}
 * @param notes notes, or null
 * @param greeting the prompt greeting, or null
 * @param enrollPolicy {@code enroll}, {@code allow} or {@code deny}, or null
 * @param usernameNormalizationPolicy {@code None} or {@code Simple}, or null
 * @param groupsAllowed ids of the groups allowed to use it (empty means all)
 * @param ipWhitelist the allowed networks
 * @param trustedDeviceDays remembered-device days, or null
 * @param selfServiceAllowed whether users may manage their devices, or null
 * @param adminapiAdmins Admin API "Grant administrators" permission, or null
 * @param adminapiInfo Admin API "Grant read information" permission, or null
 * @param adminapiIntegrations Admin API "Grant applications" permission, or null
 * @param adminapiReadLog Admin API "Grant read log" permission, or null
 * @param adminapiReadResource Admin API "Grant read resource" permission, or null
 * @param adminapiSettings Admin API "Grant settings" permission, or null
 * @param adminapiWriteResource Admin API "Grant write resource" permission, or null
 * @param policyKey the attached custom policy, or null
 * @param userAccess who may use it (v3), e.g. {@code PERMITTED_GROUPS}, or null
 * @param extra every other field Duo sent, except the secret key
 */
@JsonIgnoreProperties({"secret_key"})
public record Integration(
    String integrationKey,
    String name,
    String type,
    String notes,
    String greeting,
    String enrollPolicy,
    String usernameNormalizationPolicy,
    List<String> groupsAllowed,
    List<String> ipWhitelist,
    Integer trustedDeviceDays,
    Boolean selfServiceAllowed,
    Boolean adminapiAdmins,
    Boolean adminapiInfo,
    Boolean adminapiIntegrations,
    Boolean adminapiReadLog,
    Boolean adminapiReadResource,
    Boolean adminapiSettings,
    Boolean adminapiWriteResource,
    String policyKey,
    String userAccess,
    @JsonAnySetter Map<String, JsonNode> extra) {

  public Integration {
    groupsAllowed = Copies.list(groupsAllowed);
    ipWhitelist = Copies.list(ipWhitelist);
    extra = Copies.map(extra);
  }
}
