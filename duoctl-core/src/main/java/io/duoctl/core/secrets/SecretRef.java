package io.duoctl.core.secrets;

import java.util.Objects;

/**
 * Names one stored secret: its owner (kind and id, e.g. {@code configuration}/{@code prod}) and its
 * name within the owner (e.g. {@code ADMIN.secret_key}).
 */
public record SecretRef(String ownerKind, String ownerId, String name) {
  public SecretRef {
    Objects.requireNonNull(ownerKind, "ownerKind");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(name, "name");
  }
}
