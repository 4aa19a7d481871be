/**
 * Groups and membership (admin-api.md §5.3, §6.4): {@code Groups.of(world, account)} with {@code
 * create(Group.named("Sales"))}, {@code addMember(groupId, userId)}, {@code groupsOf(userId)}.
 */
package io.duoctl.emulator.admin.groups;
