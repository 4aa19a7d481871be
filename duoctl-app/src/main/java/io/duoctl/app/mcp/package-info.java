/**
 * duoctl's MCP server: the action catalog as tools (read-only ones by default, never one that hands
 * out secrets, {@link io.duoctl.core.actions.ActionExposure}), organizations, mapping health and
 * jobs as resources, and prompts for common questions, over stdio ({@code duoctl mcp}) and
 * streamable HTTP ({@code /mcp} under {@code duoctl serve}, bearer token). Every call is audited
 * with the MCP client's name and version. The SDK stays in this package.
 */
package io.duoctl.app.mcp;
