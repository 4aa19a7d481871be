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
  /** A signed webhook that starts workflow runs (subject id: the webhook id). */
  WEBHOOK
}
