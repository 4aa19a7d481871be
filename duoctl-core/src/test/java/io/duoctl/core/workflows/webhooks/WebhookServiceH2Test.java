package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.testing.Backend;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class WebhookServiceH2Test extends WebhookServiceContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
