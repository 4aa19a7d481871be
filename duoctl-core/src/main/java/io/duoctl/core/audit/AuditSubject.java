package io.duoctl.core.audit;

/** What kind of thing an audit entry is about. */
public enum AuditSubject {
  CONFIGURATION,
  ORGANIZATION,
  MAPPING,
  DUO_ACCOUNTS,
  MASTER_KEY,
  /** A catalog action run for an organization (subject id: the organization id). */
  ACTION,
  /** A REST API token (subject id: the token id). */
  API_TOKEN,
  /** A person who signs in to the web console (subject id: the operator id). */
  OPERATOR,
  /** A saved workflow definition (subject id: its name). */
  WORKFLOW,
  /** A schedule that starts workflow runs (subject id: the schedule id). */
  SCHEDULE,
  /** A stored HTTP connection of workflow http steps (subject id: the connection's name). */
  CONNECTION,
  /** A signed webhook that starts workflow runs (subject id: the webhook id). */
  WEBHOOK,
  /** The baseline of Duo account settings of a configuration (subject id: its name). */
  BASELINE,
  /** A continuous log export (subject id: its name). */
  LOG_EXPORT,
  /**
   * A call of duoctl's MCP server by an AI assistant: a tool called or a resource read (subject id:
   * the tool's name or the resource's URI).
   */
  MCP,
  /**
   * A rule over exported Duo log events and its firings: changes to the rule, and each firing sent,
   * suppressed or failed (subject id: the rule's name).
   */
  LOG_RULE
}
