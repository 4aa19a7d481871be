/**
 * The JSON-lines file sink: one exported event per line in {@code PREFIX.jsonl}, forced to disk per
 * batch, rotated by size and by time into {@code PREFIX-2026-12-07T10-00-00Z.jsonl}, with optional
 * retention.
 */
package io.duoctl.core.logexport.sinks.file;
