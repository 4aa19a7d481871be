package io.duoctl.app.mcp;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import java.util.List;

/**
 * Records every MCP call in the audit log (subject {@code mcp}): a tool called or a resource read,
 * by whom and with what outcome. The actions a tool runs have entries of their own, under the same
 * actor. Thread-safe.
 */
final class McpAudit {

  static final String TOOL_CALLED = "tool_called";
  static final String RESOURCE_READ = "resource_read";

  private final AuditLog log;

  McpAudit(AuditLog log) {
    this.log = log;
  }

  /**
   * @param what {@link #TOOL_CALLED} or {@link #RESOURCE_READ}
   * @param name the tool's name or the resource's URI
   * @param outcome {@code ok}, or the error code
   */
  void record(String actor, String what, String name, String outcome) {
    log.append(
        new AuditEvent(
            actor,
            AuditSubject.MCP,
            name,
            what,
            List.of(AuditChange.of("outcome", null, outcome))));
  }
}
