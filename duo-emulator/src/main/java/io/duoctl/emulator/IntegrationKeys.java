package io.duoctl.emulator;

import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.model.World;

/**
 * What a client needs to call the emulator as one integration. {@link #toString()} hides the secret
 * key.
 *
 * @param integrationKey the ikey
 * @param secretKey the skey
 * @param apiHostname the owning account's API hostname
 * @param accountId the owning account
 * @param type the integration type
 */
public record IntegrationKeys(
    String integrationKey,
    String secretKey,
    String apiHostname,
    String accountId,
    IntegrationType type) {

  static IntegrationKeys of(World world, Integration integration) {
    return new IntegrationKeys(
        integration.integrationKey(),
        integration.secretKey(),
        world.requireAccount(integration.accountId()).apiHostname(),
        integration.accountId(),
        integration.type());
  }

  @Override
  public String toString() {
    return "IntegrationKeys[" + integrationKey + " " + type.duoName() + " @" + apiHostname + "]";
  }
}
