package io.duoctl.core.secrets;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class SecretVaultPostgresTest extends SecretVaultContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
