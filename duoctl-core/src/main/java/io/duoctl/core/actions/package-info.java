/**
 * The action catalog and the one runner behind the CLI, the REST API, the console and fan-out jobs.
 *
 * <ul>
 *   <li>{@link io.duoctl.core.actions.ActionCatalog}: every {@link
 *       io.duoctl.core.actions.ActionDefinition} by id ({@code users.create}), with its JSON Schema
 *       input ({@link io.duoctl.core.actions.InputSchema}), flags and the Duo API it needs; {@code
 *       handlers.StandardActions.catalog()} is the shipped catalog.
 *   <li>{@link io.duoctl.core.actions.ActionRunner#run}: validate (every bad field at once),
 *       resolve the organization ({@link io.duoctl.core.actions.OrganizationResolver}), execute or
 *       dry-run, audit ({@link io.duoctl.core.actions.ActionAuditTrail}) and return one {@link
 *       io.duoctl.core.actions.ActionResult}; failures are results, never exceptions.
 *   <li>Inputs are read as people type them ({@link io.duoctl.core.actions.FieldKind}): numbers as
 *       int, float with zero fraction or text; phone numbers in E.164 from any country; times as
 *       ISO-8601 or ages like {@code 24h}; users by user_id, username, alias or email.
 *   <li>Secrets: input fields marked {@code writeOnly} and output fields named in {@link
 *       io.duoctl.core.actions.ActionDefinition#secretOutputs()} never reach the audit, job rows or
 *       dry-run plans; {@link io.duoctl.core.actions.ActionResult#withoutSecrets()} is what may be
 *       stored.
 * </ul>
 */
package io.duoctl.core.actions;
