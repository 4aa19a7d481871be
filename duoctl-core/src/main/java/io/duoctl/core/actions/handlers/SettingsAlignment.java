package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.duoctl.client.admin.settings.SettingsUpdate;
import io.duoctl.core.actions.ActionContext;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Field;
import io.duoctl.core.baseline.Baseline;
import io.duoctl.core.baseline.BaselineRules;
import io.duoctl.core.baseline.DuoSetting;
import io.duoctl.core.baseline.InvalidBaselineException;
import io.duoctl.core.baseline.SettingDifference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code settings.align}: brings an account's settings to given values, as a baseline fix does. It
 * reads the settings first and sends one POST with only the settings that differ, or nothing when
 * every one has its value already, so a dry run plans exactly the differences and a rerun has
 * nothing to do.
 */
final class SettingsAlignment {

  private SettingsAlignment() {}

  static ActionDefinition definition() {
    return ActionDefinition.define(Baseline.FIX_ACTION)
        .title("Align settings")
        .description(
            "Brings settings to the given values: reads them, then changes only those that"
                + " differ, in one request; nothing when all have their value.")
        .input(
            Field.stringMap(
                    "settings",
                    "Duo parameter name to value, e.g. {\"lockout_threshold\": \"5\","
                        + " \"helpdesk_bypass\": \"deny\"}")
                .required())
        .output("{changed: [{setting, from, to}]}: the settings changed")
        .changes()
        .looksFirst()
        .handledBy(SettingsAlignment::align);
  }

  private static JsonNode align(ActionContext ctx, ActionInput in) {
    Map<DuoSetting, JsonNode> wanted = wanted(in);
    JsonNode current = ctx.admin().settings().json();
    List<SettingDifference> differing = SettingDifference.between(wanted, current);
    return Settled.update(
        "the settings of " + ctx.organization().name(),
        List.<SettingDifference>of(),
        wanted.keySet().stream().map(DuoSetting::field).toList(),
        differing.stream().map(d -> d.setting().field()).toList(),
        () -> {
          Map<String, String> values = new LinkedHashMap<>();
          differing.forEach(d -> values.put(d.setting().field(), d.setting().wire(d.baseline())));
          ctx.admin().settings().update(new SettingsUpdate(values));
          return differing;
        },
        SettingsAlignment::changed);
  }

  private static Map<DuoSetting, JsonNode> wanted(ActionInput in) {
    Map<String, JsonNode> given = new LinkedHashMap<>();
    in.map("settings").forEach((name, value) -> given.put(name, TextNode.valueOf(value)));
    try {
      return BaselineRules.values(given);
    } catch (InvalidBaselineException e) {
      throw new ActionFailure(
          ErrorCode.INVALID_INPUT,
          String.join(
              "; ",
              e.errors().stream().map(f -> "settings." + f.field() + ": " + f.message()).toList()));
    }
  }

  private static JsonNode changed(List<SettingDifference> differences) {
    ObjectNode data = ActionJson.object();
    ArrayNode changed = data.putArray("changed");
    differences.forEach(
        d ->
            changed
                .addObject()
                .put("setting", d.setting().field())
                .<ObjectNode>set("from", d.actual())
                .set("to", d.baseline()));
    return data;
  }
}
