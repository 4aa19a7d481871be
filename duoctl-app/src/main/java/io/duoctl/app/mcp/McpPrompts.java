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
            "Call the tool users_list with {\"all_organizations\": true, \"input\": {\"status\":"
                + " \"bypass\"}}. Answer with one line per organization that has such users: the"
                + " organization, then each user's username, email and last login. Name the"
                + " organizations whose row failed, with the error, and those the job skipped."),
        prompt(
            "unenrolled_users",
            "Who has not enrolled in Duo yet, per customer?",
            "Call the tool users_list with {\"all_organizations\": true, \"input\": {\"enrolled\":"
                + " false}}. Answer with the count per organization, then the usernames and"
                + " emails; name the organizations whose row failed or that were skipped."),
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
