package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class WebhookServicePostgresTest extends WebhookServiceContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
