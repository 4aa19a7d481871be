package io.duoctl.core.settings;

import io.duoctl.client.DuoTarget;

/**
 * Checks one set of keys against Duo with the same cheap signed call as {@link ApiValidator}, for
 * keys that are not a configuration's: an organization's own keys, or the parent's Accounts keys
 * reaching a child account ({@code account_id} in the target). Implementations follow the contract
 * of {@link ApiValidator}: no exception for Duo or network failures, never a key in a message.
 */
@FunctionalInterface
public interface TargetValidator {
  /**
   * @param advanced the connection settings of the configuration the keys belong to
   * @param api which API the keys are for, so which call checks them
   * @param target host, keys and optionally the child {@code account_id}
   */
  ApiCheck check(AdvancedSettings advanced, DuoApi api, DuoTarget target);
}
