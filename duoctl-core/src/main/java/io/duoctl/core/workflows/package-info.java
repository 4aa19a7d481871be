/**
 * Workflow definitions: YAML playbooks of catalog actions with CEL conditions, parsed, checked
 * against the published JSON Schema ({@code workflows/workflow.schema.json}) and against the action
 * catalog, and explained. Running them comes later.
 */
package io.duoctl.core.workflows;
