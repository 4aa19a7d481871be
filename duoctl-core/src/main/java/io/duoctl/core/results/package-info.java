/**
 * The one output model of action results and job rows, shared by the CLI, the REST API and the
 * console: every organization's outcome becomes items ({@link io.duoctl.core.results.ResultItems},
 * one JSON object per listed item with its organization first), items become flat rows ({@link
 * io.duoctl.core.results.FlatItem}), and rows become CSV ({@link
 * io.duoctl.core.results.ResultCsv}). Error codes are written in their wire spelling ({@code
 * duo_not_found}).
 */
package io.duoctl.core.results;
