package io.duoctl.core.secrets;

import io.duoctl.core.testing.Backend;

class SecretVaultPostgresTest extends SecretVaultContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
