/**
 * Log rules: CEL conditions over exported Duo log events that fire a webhook, start a workflow or
 * send an e-mail, optionally only when enough matching events of one group fall within a window.
 * {@link io.duoctl.core.logexport.rules.LogRuleService} keeps the rules; {@link
 * io.duoctl.core.logexport.rules.RuleSink} is the {@link io.duoctl.core.logexport.Sink} the export
 * engine delivers events to, and fires each rule at most once per event or group window.
 */
package io.duoctl.core.logexport.rules;
