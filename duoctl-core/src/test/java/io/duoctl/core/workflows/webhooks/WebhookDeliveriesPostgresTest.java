package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class WebhookDeliveriesPostgresTest extends WebhookDeliveriesContract {
  @Override
  Backend backend() {
    return Backend.POSTGRES;
  }
}
