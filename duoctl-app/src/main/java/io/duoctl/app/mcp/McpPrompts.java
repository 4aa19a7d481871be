package io.duoctl.app.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** Prompts for the questions technicians ask most, each naming the tool calls that answer it. */
final class McpPrompts {

  private McpPrompts() {}

  static List<SyncPromptSpecification> prompts() {
    return List.of(
        prompt(
            "users_in_bypass",
            "Who is in bypass across all customers?",
            "Call the tool report_users_in_bypass with {\"all_organizations\": true}. Answer with"
                + " one line per organization that has such users: the organization, then each"
                + " user's username, email and last login. Name the organizations whose item has"
                + " ok false, with its error."),
        prompt(
            "mfa_coverage",
            "How well is each customer covered by MFA, worst first?",
            "Call the tool report_mfa_coverage with {\"all_organizations\": true}. Answer with"
                + " the organizations sorted by percent enrolled, lowest first: percent enrolled,"
                + " users not enrolled, users in bypass, users locked out; then name the"
                + " organizations whose item has ok false, with its error."),
        prompt(
            "mapping_problems",
            "Which customers can duoctl not reach, and why?",
            "Read the resource "
                + McpResources.MAPPING_HEALTH
                + ". List the unmapped organizations, the stale mappings and the organizations"
                + " missing keys, each with its fix: duoctl mapping suggest or set for unmapped or"
                + " stale ones, duoctl orgs set-keys for missing keys."));
  }

  private static SyncPromptSpecification prompt(String name, String question, String how) {
    McpSchema.PromptMessage message =
        new McpSchema.PromptMessage(
            McpSchema.Role.USER, McpSchema.TextContent.builder(question + "\n\n" + how).build());
    return new SyncPromptSpecification(
        McpSchema.Prompt.builder(name).title(question).description(question).build(),
        (exchange, request) ->
            McpSchema.GetPromptResult.builder(List.of(message)).description(question).build());
  }
}
