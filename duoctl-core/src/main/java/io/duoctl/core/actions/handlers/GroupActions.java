package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.admin.groups.Group;
import io.duoctl.client.admin.groups.GroupDetails;
import io.duoctl.client.admin.groups.GroupStatus;
import io.duoctl.client.admin.users.User;
import io.duoctl.core.actions.ActionContext;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Field;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Groups and membership: list, get, create, update, delete, members, add/remove a user. */
final class GroupActions {

  private static final Pattern GROUP_ID = Pattern.compile("DG[0-9A-Z]{18}");

  private GroupActions() {}

  private static Field groupRef() {
    return Field.string("group", "The group: group_id (DG…) or exact name").required().minLength(1);
  }

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("groups.list")
            .title("List groups")
            .description("Lists the organization's groups.")
            .input(Listing.limit(10_000))
            .output("An array of groups")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(ctx.admin().groups().list(), in.number("limit").orElseThrow())),
        ActionDefinition.define("groups.get")
            .title("Get a group")
            .description("One group by id or name.")
            .input(groupRef())
            .output("The group")
            .reads()
            .handledBy((ctx, in) -> ActionJson.of(group(ctx, in.requireText("group")))),
        ActionDefinition.define("groups.members")
            .title("List a group's members")
            .description("The users in a group.")
            .input(groupRef(), Listing.limit(10_000))
            .output("An array of {user_id, username}")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(
                        ctx.admin().groups().members(group(ctx, in.requireText("group")).groupId()),
                        in.number("limit").orElseThrow())),
        ActionDefinition.define("groups.list_for_user")
            .title("List a user's groups")
            .description("The groups a user belongs to.")
            .input(Field.user("user").required())
            .output("An array of groups")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(
                        ctx.admin().users().groups(ctx.user(in.requireText("user")).userId()),
                        Listing.MAX_LIMIT)),
        ActionDefinition.define("groups.create")
            .title("Create a group")
            .description(
                "Creates a group. When a group has the name, changes nothing and answers with it"
                    + " (outcome already_exists), so a rerun never creates it twice.")
            .input(
                Field.string("name", "The group's name").required().minLength(1),
                Field.string("desc", "A description"),
                Field.string("status", "active, bypass or disabled")
                    .oneOf("active", "bypass", "disabled"))
            .output("The group")
            .changes()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String name = in.requireText("name");
                  return Settled.create(
                      "group \"" + name + "\"",
                      () ->
                          ctx.admin().groups().list().stream()
                              .filter(g -> name.equalsIgnoreCase(g.name()))
                              .findFirst(),
                      () -> ctx.admin().groups().create(details(in)),
                      ActionJson::of);
                }),
        ActionDefinition.define("groups.update")
            .title("Update a group")
            .description("Renames a group or changes its description or status.")
            .input(
                groupRef(),
                Field.string("name", "A new name").minLength(1),
                Field.string("desc", "A new description"),
                Field.string("status", "active, bypass or disabled")
                    .oneOf("active", "bypass", "disabled"))
            .output("The changed group")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  Group group = group(ctx, in.requireText("group"));
                  return ActionJson.of(ctx.admin().groups().update(group.groupId(), details(in)));
                }),
        ActionDefinition.define("groups.delete")
            .title("Delete a group")
            .description(
                "Deletes a group; its users stay. A group that does not exist is reported with"
                    + " outcome already_absent.")
            .input(groupRef())
            .output("{deleted: group_id}, or {group, outcome: already_absent}")
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String reference = in.requireText("group");
                  return Settled.delete(
                      "group \"" + reference + "\"",
                      () -> Settled.unlessNotFound(() -> group(ctx, reference)),
                      group ->
                          Settled.unlessNotFound(() -> ctx.admin().groups().get(group.groupId()))
                              .isPresent(),
                      group -> ctx.admin().groups().delete(group.groupId()),
                      group -> ActionJson.object().put("deleted", group.groupId()),
                      () -> ActionJson.object().put("group", reference));
                }),
        ActionDefinition.define("groups.add_user")
            .title("Add a user to a group")
            .description(
                "Adds a user to a group. A user already in the group is reported with outcome"
                    + " already_exists, and nothing is sent.")
            .input(groupRef(), Field.user("user").required())
            .output(
                "{group_id, user_id}, with outcome already_exists and a note when already in it")
            .changes()
            .looksFirst()
            .handledBy((ctx, in) -> membership(ctx, in, true)),
        ActionDefinition.define("groups.remove_user")
            .title("Remove a user from a group")
            .description(
                "Removes a user from a group. A user not in the group is reported with outcome"
                    + " already_absent, and nothing is sent.")
            .input(groupRef(), Field.user("user").required())
            .output("{group_id, user_id}, with outcome already_absent and a note when not in it")
            .changes()
            .looksFirst()
            .handledBy((ctx, in) -> membership(ctx, in, false)));
  }

  private static JsonNode membership(ActionContext ctx, ActionInput in, boolean add) {
    Group group = group(ctx, in.requireText("group"));
    User user = ctx.user(in.requireText("user"));
    Settled.Link link =
        new Settled.Link("user \"" + user.username() + "\"", "in group \"" + group.name() + "\"");
    BooleanSupplier member =
        () ->
            ctx.admin().users().groups(user.userId()).stream()
                .anyMatch(g -> group.groupId().equals(g.groupId()));
    Supplier<ObjectNode> result =
        () -> ActionJson.object().put("group_id", group.groupId()).put("user_id", user.userId());
    return add
        ? Settled.add(
            link,
            member.getAsBoolean(),
            member,
            () -> ctx.admin().users().addToGroup(user.userId(), group.groupId()),
            result)
        : Settled.remove(
            link,
            member.getAsBoolean(),
            member,
            () -> ctx.admin().users().removeFromGroup(user.userId(), group.groupId()),
            result);
  }

  static Group group(ActionContext ctx, String reference) {
    String ref = reference.strip();
    if (GROUP_ID.matcher(ref).matches()) {
      return ctx.admin().groups().get(ref);
    }
    List<Group> named =
        ctx.admin().groups().list().stream().filter(g -> ref.equalsIgnoreCase(g.name())).toList();
    if (named.size() > 1) {
      throw new ActionFailure(
          ErrorCode.AMBIGUOUS,
          named.size() + " groups are named \"" + ref + "\"; give the group_id instead");
    }
    return named.stream()
        .findFirst()
        .orElseThrow(
            () ->
                new ActionFailure(
                    ErrorCode.NOT_FOUND,
                    "no group \"" + ref + "\" in " + ctx.organization().name()));
  }

  private static GroupDetails details(ActionInput in) {
    return new GroupDetails(
        in.text("name").orElse(null),
        in.text("desc").orElse(null),
        in.text("status").map(s -> GroupStatus.valueOf(s.toUpperCase(Locale.ROOT))).orElse(null));
  }
}
