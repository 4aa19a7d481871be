package io.duoctl.app.api.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiResponse;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.openapi.ErrorSchema;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.webhooks.DeliveryResult;
import io.duoctl.core.workflows.webhooks.NewWebhook;
import io.duoctl.core.workflows.webhooks.Webhook;
import io.duoctl.core.workflows.webhooks.WebhookDeliveries;
import io.duoctl.core.workflows.webhooks.WebhookSamples;
import io.duoctl.core.workflows.webhooks.WebhookService;
import io.duoctl.core.workflows.webhooks.WebhookSignature;
import io.duoctl.core.workflows.webhooks.WebhookWithSecret;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/webhooks}: registering signed webhooks (admin scope, like tokens; a signing secret
 * appears only in the answer that creates or rotates it), and {@code POST
 * /api/v1/webhooks/{name}/deliveries}, where a PSA or its relay posts a ticket. A delivery takes no
 * token: its {@code X-Duoctl-Signature} is the proof, and every refusal is the same 401.
 */
public final class WebhookRoutes {
  static final String BASE = "/api/v1/webhooks";
  private static final String TAG = "webhooks";

  private final WebhookService webhooks;
  private final WebhookDeliveries deliveries;

  /**
   * @param webhooks the registrations
   * @param deliveries receives deliveries and starts their runs
   */
  public WebhookRoutes(WebhookService webhooks, WebhookDeliveries deliveries) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
  }

  /** The path a webhook's deliveries are posted to. */
  public static String deliveryPath(String name) {
    return BASE + "/" + name + "/deliveries";
  }

  /** {@code POST /api/v1/webhooks}. */
  record Create(
      String name,
      String workflow,
      String mapping,
      String sample,
      String configuration,
      Boolean confirmed) {}

  record WebhookView(
      String id,
      String name,
      String workflow,
      String mapping,
      String configuration,
      boolean enabled,
      boolean confirmed,
      String createdAt,
      String createdBy,
      String secretCreatedAt,
      String deliveryPath,
      String secret) {
    static WebhookView of(Webhook w) {
      return of(w, null);
    }

    static WebhookView of(Webhook w, String secret) {
      return new WebhookView(
          w.id(),
          w.name(),
          w.workflow(),
          w.mapping(),
          w.configuration().orElse(null),
          w.enabled(),
          w.confirmed(),
          w.createdAt().toString(),
          w.createdBy(),
          w.secretCreatedAt().toString(),
          WebhookRoutes.deliveryPath(w.name()),
          secret);
    }
  }

  record Delivered(boolean started, String runId) {}

  /** The routes, the delivery route last. */
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(BASE, ApiScope.ADMIN)
            .operationId("listWebhooks")
            .summary("Lists the webhooks; never their signing secrets")
            .tag(TAG)
            .response(JsonSchemas.array(webhookSchema()))
            .handle(call -> webhooks.list().stream().map(WebhookView::of).toList()),
        ApiRoute.post(BASE, ApiScope.ADMIN)
            .operationId("createWebhook")
            .summary("Registers a webhook; the answer shows its signing secret, nothing else will")
            .description(
                "Checks that the name is free and well formed, the workflow and configuration"
                    + " exist and the mapping compiles. Give the mapping as CEL text, or a"
                    + " sample: connectwise, halopsa or autotask (mapping a ticket to"
                    + " offboard-everywhere). Answers 201 with the secret in `secret`.")
            .tag(TAG)
            .body(createSchema())
            .response(201, createdSchema())
            .handle(this::create),
        ApiRoute.get(BASE + "/{name}", ApiScope.ADMIN)
            .operationId("getWebhook")
            .summary("Shows one webhook; never its signing secret")
            .tag(TAG)
            .pathParam("name", "The webhook's name")
            .response(webhookSchema())
            .handle(call -> WebhookView.of(webhooks.get(call.pathParam("name")))),
        ApiRoute.delete(BASE + "/{name}", ApiScope.ADMIN)
            .operationId("deleteWebhook")
            .summary("Removes a webhook and its secret; its deliveries are refused from now on")
            .tag(TAG)
            .pathParam("name", "The webhook's name")
            .response(webhookSchema())
            .handle(call -> WebhookView.of(webhooks.delete(call.pathParam("name"), call.actor()))),
        ApiRoute.post(BASE + "/{name}/rotate-secret", ApiScope.ADMIN)
            .operationId("rotateWebhookSecret")
            .summary("Replaces a webhook's signing secret; the old one stops working at once")
            .tag(TAG)
            .pathParam("name", "The webhook's name")
            .response(createdSchema())
            .handle(this::rotate),
        ApiRoute.post(BASE + "/{name}/enable", ApiScope.ADMIN)
            .operationId("enableWebhook")
            .summary("Accepts a webhook's deliveries again")
            .tag(TAG)
            .pathParam("name", "The webhook's name")
            .response(webhookSchema())
            .handle(call -> enable(call, true)),
        ApiRoute.post(BASE + "/{name}/disable", ApiScope.ADMIN)
            .operationId("disableWebhook")
            .summary("Refuses a webhook's deliveries until it is enabled")
            .tag(TAG)
            .pathParam("name", "The webhook's name")
            .response(webhookSchema())
            .handle(call -> enable(call, false)),
        ApiRoute.post(BASE + "/{name}/deliveries", ApiScope.RUN)
            .signed()
            .operationId("deliverWebhook")
            .summary("A PSA's ticket: starts the webhook's workflow with the inputs it maps to")
            .description(
                "Send the headers "
                    + WebhookSignature.TIMESTAMP_HEADER
                    + " (Unix seconds) and "
                    + WebhookSignature.SIGNATURE_HEADER
                    + ": sha256=<hex HMAC-SHA256 of `<timestamp>.<body>`, keyed with the"
                    + " webhook's secret>. A delivery of an unknown or disabled webhook, with a"
                    + " missing or wrong signature, a timestamp more than 5 minutes from the"
                    + " server's clock, or sent before is refused with 401, the same answer"
                    + " whichever check failed, and starts nothing. 202 with `started` and the"
                    + " `run_id` when a run started, `started` false when the mapping yielded no"
                    + " inputs (a ticket the webhook does not act on); 400 when the body is not JSON; 422"
                    + " when the mapping failed or the workflow refused its inputs; 409 when the"
                    + " workflow needs a confirmation the webhook was not registered with.")
            .tag(TAG)
            .pathParam("name", "The webhook's name")
            .body(JsonSchemas.anyObject("The PSA's JSON, exactly as signed"))
            .response(202, deliveredSchema())
            .outcome(
                409,
                "The workflow may run destructive actions in several organizations and the"
                    + " webhook was registered without confirming that",
                ErrorSchema.schema())
            .outcome(
                422,
                "The mapping failed on this JSON, or the workflow refused the inputs it yielded;"
                    + " error.fields names them",
                ErrorSchema.schema())
            .handle(this::deliver));
  }

  private Object create(ApiCall call) {
    Create body = call.body(Create.class);
    NewWebhook request =
        new NewWebhook(
            body.name(),
            body.workflow(),
            WebhookSamples.choose(body.mapping(), body.sample()),
            Optional.ofNullable(body.configuration()).filter(c -> !c.isBlank()),
            Boolean.TRUE.equals(body.confirmed()));
    WebhookWithSecret created = webhooks.create(request, call.actor());
    return new ApiResponse(201, WebhookView.of(created.webhook(), created.secret().reveal()));
  }

  private Object rotate(ApiCall call) {
    WebhookWithSecret rotated = webhooks.rotateSecret(call.pathParam("name"), call.actor());
    return WebhookView.of(rotated.webhook(), rotated.secret().reveal());
  }

  private Object enable(ApiCall call, boolean enabled) {
    return WebhookView.of(webhooks.setEnabled(call.pathParam("name"), enabled, call.actor()));
  }

  private Object deliver(ApiCall call) {
    DeliveryResult result =
        deliveries.receive(
            call.pathParam("name"),
            call.header(WebhookSignature.TIMESTAMP_HEADER),
            call.header(WebhookSignature.SIGNATURE_HEADER),
            call.bytes());
    return new ApiResponse(202, new Delivered(result.started(), result.runId().orElse(null)));
  }

  private static JsonSchemas.ObjectSchema common() {
    return JsonSchemas.object()
        .required("id", JsonSchemas.string("Webhook id (UUID)"))
        .required("name", JsonSchemas.string("Unique, lower-case words and dashes"))
        .required("workflow", JsonSchemas.string("The workflow each delivery starts"))
        .required("mapping", JsonSchemas.string("CEL: the delivery's `payload` to the inputs"))
        .optional("configuration", JsonSchemas.string("The configuration its runs use"))
        .required("enabled", JsonSchemas.bool("Whether deliveries are accepted"))
        .required(
            "confirmed",
            JsonSchemas.bool("Whether destructive actions in several organizations were agreed"))
        .required("created_at", JsonSchemas.dateTime("When it was registered"))
        .required("created_by", JsonSchemas.string("Who registered it"))
        .required("secret_created_at", JsonSchemas.dateTime("When its secret was made"))
        .required("delivery_path", JsonSchemas.string("Where deliveries are posted"));
  }

  private static ObjectNode webhookSchema() {
    ObjectNode schema = common().description("A webhook; never its secret").build();
    schema.put("title", "Webhook");
    return schema;
  }

  private static ObjectNode createdSchema() {
    ObjectNode schema =
        common()
            .description("A webhook with its new signing secret: shown this once")
            .required(
                "secret", JsonSchemas.string("The HMAC key: sign with this text exactly as shown"))
            .build();
    schema.put("title", "WebhookWithSecret");
    return schema;
  }

  private static ObjectNode createSchema() {
    return JsonSchemas.object()
        .required("name", JsonSchemas.string("Lower-case words joined by dashes, e.g. psa"))
        .required("workflow", JsonSchemas.string("e.g. offboard-everywhere"))
        .optional(
            "mapping",
            JsonSchemas.string("CEL that turns `payload` into the inputs; or give `sample`"))
        .optional(
            "sample",
            JsonSchemas.oneOf(
                "A shipped mapping instead of `mapping`",
                WebhookSamples.NAMES.toArray(String[]::new)))
        .optional(
            "configuration",
            JsonSchemas.string("The configuration its runs use; left out: the default"))
        .optional(
            "confirmed",
            JsonSchemas.bool(
                "Agree that the workflow may run destructive actions in several organizations"))
        .closed();
  }

  private static ObjectNode deliveredSchema() {
    return JsonSchemas.object()
        .description("What the delivery started")
        .required("started", JsonSchemas.bool("Whether a run started"))
        .optional("run_id", JsonSchemas.string("The run it started"))
        .build();
  }
}
