package io.duoctl.core.secrets;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class SecretVaultH2Test extends SecretVaultContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
