package io.duoctl.app.api.logrules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiResponse;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.rules.LogRule;
import io.duoctl.core.logexport.rules.LogRuleReader;
import io.duoctl.core.logexport.rules.LogRuleService;
import io.duoctl.core.logexport.rules.RuleTestResult;
import io.duoctl.core.logexport.rules.SampleEvent;
import io.duoctl.core.vocabulary.WireNames;
import java.util.List;

/**
 * {@code /api/v1/log-rules}: rules over exported Duo log events (admin scope). A rule is sent and
 * shown in its file form as JSON; a secret in it (a webhook's signing secret, an SMTP password) is
 * stored encrypted and never shown again: answers carry {@code secret_set} instead.
 */
public final class LogRuleRoutes {
  static final String BASE = "/api/v1/log-rules";
  private static final String TAG = "log-rules";

  private final LogRuleService rules;

  public LogRuleRoutes(LogRuleService rules) {
    this.rules = rules;
  }

  /** The routes. */
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(BASE, ApiScope.ADMIN)
            .operationId("listLogRules")
            .summary("Lists the log rules; never their secrets")
            .tag(TAG)
            .response(JsonSchemas.array(ruleSchema()))
            .handle(call -> rules.list().stream().map(LogRuleRoutes::view).toList()),
        ApiRoute.post(BASE, ApiScope.ADMIN)
            .operationId("createLogRule")
            .summary("Adds a log rule, checked whole first (fields, CEL compiled and type-checked)")
            .description(
                "The body is the rule file as JSON: name, enabled, condition, aggregate"
                    + " {group_by, at_least, within}, max_per_hour, action {webhook | workflow |"
                    + " email} (README, \"Log rules\"). 400 names every bad field.")
            .tag(TAG)
            .body(JsonSchemas.anyObject("The rule in its file form"))
            .response(201, ruleSchema())
            .handle(this::create),
        ApiRoute.get(BASE + "/{name}", ApiScope.ADMIN)
            .operationId("getLogRule")
            .summary("Shows one log rule; never its secret")
            .tag(TAG)
            .pathParam("name", "The rule's name")
            .response(ruleSchema())
            .handle(call -> view(rules.get(call.pathParam("name")))),
        ApiRoute.delete(BASE + "/{name}", ApiScope.ADMIN)
            .operationId("deleteLogRule")
            .summary("Deletes a log rule with its secret and its firings")
            .tag(TAG)
            .pathParam("name", "The rule's name")
            .response(ruleSchema())
            .handle(call -> view(rules.delete(call.pathParam("name"), call.actor()))),
        ApiRoute.post(BASE + "/{name}/enable", ApiScope.ADMIN)
            .operationId("enableLogRule")
            .summary("Fires a log rule again on matching events")
            .tag(TAG)
            .pathParam("name", "The rule's name")
            .response(ruleSchema())
            .handle(call -> view(rules.setEnabled(call.pathParam("name"), true, call.actor()))),
        ApiRoute.post(BASE + "/{name}/disable", ApiScope.ADMIN)
            .operationId("disableLogRule")
            .summary("Stops a log rule firing until it is enabled")
            .tag(TAG)
            .pathParam("name", "The rule's name")
            .response(ruleSchema())
            .handle(call -> view(rules.setEnabled(call.pathParam("name"), false, call.actor()))),
        ApiRoute.post(BASE + "/{name}/test", ApiScope.ADMIN)
            .operationId("testLogRule")
            .summary("Evaluates a log rule over one event without acting")
            .description(
                "The body: {\"event\": <a Duo log entry, or an exported event>, \"log\":"
                    + " \"authentication\"} (log: the log a bare entry comes from, default"
                    + " authentication).")
            .tag(TAG)
            .pathParam("name", "The rule's name")
            .body(JsonSchemas.anyObject("event and, optionally, log"))
            .response(testSchema())
            .handle(this::test));
  }

  private Object create(ApiCall call) {
    JsonNode body = call.body(JsonNode.class);
    LogRule rule = rules.create(LogRuleReader.read(body), call.actor());
    return new ApiResponse(201, view(rule));
  }

  private Object test(ApiCall call) {
    JsonNode body = call.body(JsonNode.class);
    LogKind log = WireNames.parse(LogKind.class, body.path("log").asText("authentication"), "log");
    RuleTestResult result =
        rules.test(call.pathParam("name"), SampleEvent.of(body.get("event"), log));
    ObjectNode answer = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    answer.put("matched", result.matched());
    result.groupKey().ifPresent(g -> answer.put("group", g));
    answer.put("action", result.action());
    result.inputs().ifPresent(i -> answer.set("inputs", i));
    result.failure().ifPresent(f -> answer.put("failure", f));
    return answer;
  }

  private static ObjectNode view(LogRule rule) {
    ObjectNode node = LogRuleReader.write(rule);
    node.put("id", rule.id());
    node.put("secret_set", rule.secretSet());
    node.put("created_at", rule.createdAt().toString());
    node.put("created_by", rule.createdBy());
    return node;
  }

  private static ObjectNode ruleSchema() {
    ObjectNode schema =
        JsonSchemas.object()
            .description("A log rule in its file form; never its secret")
            .required("id", JsonSchemas.string("Rule id (UUID)"))
            .required("name", JsonSchemas.string("Unique, lower-case words and dashes"))
            .required("enabled", JsonSchemas.bool("Whether it fires"))
            .required("condition", JsonSchemas.string("CEL over event, log and org"))
            .optional("aggregate", JsonSchemas.anyObject("group_by, at_least, within"))
            .required("max_per_hour", JsonSchemas.integer("Firings sent per hour at most"))
            .required("action", JsonSchemas.anyObject("webhook, workflow or email"))
            .required("secret_set", JsonSchemas.bool("Whether a secret is stored for it"))
            .required("created_at", JsonSchemas.dateTime("When it was added"))
            .required("created_by", JsonSchemas.string("Who added it"))
            .build();
    schema.put("title", "LogRule");
    return schema;
  }

  private static ObjectNode testSchema() {
    return JsonSchemas.object()
        .description("What the rule would do with the event")
        .required("matched", JsonSchemas.bool("Whether the condition held"))
        .optional("group", JsonSchemas.string("The event's group key"))
        .required("action", JsonSchemas.string("What firing would do"))
        .optional("inputs", JsonSchemas.anyObject("The workflow inputs it would start with"))
        .optional("failure", JsonSchemas.string("Why an expression failed on the event"))
        .build();
  }
}
