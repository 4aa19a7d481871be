package io.duoctl.core.mapping;

import io.duoctl.core.settings.Configuration;
import java.util.List;

/**
 * Lists a parent's child accounts (Accounts API {@code /accounts/v1/account/list} with the
 * configuration's Accounts API keys). Implemented on top of duo-client; core only defines the port.
 * Implementations throw an unchecked exception carrying Duo's error when the call fails.
 */
public interface DuoAccountDirectory {
  List<ChildAccount> listChildAccounts(Configuration configuration);
}
