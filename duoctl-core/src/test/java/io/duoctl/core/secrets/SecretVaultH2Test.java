package io.duoctl.core.secrets;

import io.duoctl.core.testing.Backend;

class SecretVaultH2Test extends SecretVaultContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
