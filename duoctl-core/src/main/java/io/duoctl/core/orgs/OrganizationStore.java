package io.duoctl.core.orgs;

import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.secrets.SecretRef;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.settings.ApiCredentialsStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The SQL of organizations, their tags, variables and secrets; in the caller's transaction. */
final class OrganizationStore {
  static final String OWNER_KIND = "organization";
  static final String DIRECTORY_KEY = "directory_key";

  private static final String SELECT =
      """
      SELECT o.*, m.account_id AS mapped_account_id
      FROM organization o LEFT JOIN organization_mapping m ON m.organization_id = o.id
      """;

  private record Row(
      String id,
      String configurationName,
      String name,
      String externalId,
      AccessMode accessMode,
      String duoAccountId,
      Instant createdAt,
      Instant updatedAt) {}

  private final SecretVault vault;
  private final ApiCredentialsStore credentials;

  OrganizationStore(SecretVault vault) {
    this.vault = vault;
    this.credentials = new ApiCredentialsStore(vault);
  }

  ApiCredentialsStore credentials() {
    return credentials;
  }

  static SecretRef directoryKeyRef(String id) {
    return new SecretRef(OWNER_KIND, id, DIRECTORY_KEY);
  }

  void insert(Handle handle, String id, String configuration, NewOrganization org, Instant now) {
    handle
        .createUpdate(
            """
            INSERT INTO organization (id, configuration_name, name, name_key, external_id,
              access_mode, created_at, updated_at)
            VALUES (:id, :configuration, :name, :nameKey, :externalId, :mode, :now, :now)
            """)
        .bind("id", id)
        .bind("configuration", configuration)
        .bind("name", org.name().strip())
        .bind("nameKey", OrganizationRules.nameKey(org.name()))
        .bind("externalId", blankToNull(org.externalId()))
        .bind("mode", org.accessMode().name())
        .bind("now", SqlTimes.toDb(now))
        .execute();
    for (String tag : org.tags()) {
      addTag(handle, id, tag.strip());
    }
    org.variables().forEach((name, value) -> setVariable(handle, id, name, value));
  }

  boolean nameTaken(Handle handle, String configuration, String name, String exceptId) {
    return handle
            .createQuery(
                """
                SELECT COUNT(*) FROM organization
                WHERE configuration_name = :configuration AND name_key = :nameKey AND id <> :id
                """)
            .bind("configuration", configuration)
            .bind("nameKey", OrganizationRules.nameKey(name))
            .bind("id", exceptId == null ? "" : exceptId)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  void rename(Handle handle, String id, String name, Instant now) {
    handle
        .createUpdate(
            "UPDATE organization SET name = :name, name_key = :nameKey, updated_at = :now WHERE id = :id")
        .bind("id", id)
        .bind("name", name.strip())
        .bind("nameKey", OrganizationRules.nameKey(name))
        .bind("now", SqlTimes.toDb(now))
        .execute();
  }

  void setConfiguration(Handle handle, String id, String configuration, Instant now) {
    handle
        .createUpdate(
            "UPDATE organization SET configuration_name = :configuration, updated_at = :now"
                + " WHERE id = :id")
        .bind("id", id)
        .bind("configuration", configuration)
        .bind("now", SqlTimes.toDb(now))
        .execute();
  }

  void setAccessMode(Handle handle, String id, AccessMode mode, Instant now) {
    handle
        .createUpdate(
            "UPDATE organization SET access_mode = :mode, updated_at = :now WHERE id = :id")
        .bind("id", id)
        .bind("mode", mode.name())
        .bind("now", SqlTimes.toDb(now))
        .execute();
  }

  void touch(Handle handle, String id, Instant now) {
    handle
        .createUpdate("UPDATE organization SET updated_at = :now WHERE id = :id")
        .bind("id", id)
        .bind("now", SqlTimes.toDb(now))
        .execute();
  }

  void addTag(Handle handle, String id, String tag) {
    handle
        .createUpdate("DELETE FROM organization_tag WHERE organization_id = :id AND tag = :tag")
        .bind("id", id)
        .bind("tag", tag)
        .execute();
    handle
        .createUpdate("INSERT INTO organization_tag (organization_id, tag) VALUES (:id, :tag)")
        .bind("id", id)
        .bind("tag", tag)
        .execute();
  }

  boolean removeTag(Handle handle, String id, String tag) {
    return handle
            .createUpdate("DELETE FROM organization_tag WHERE organization_id = :id AND tag = :tag")
            .bind("id", id)
            .bind("tag", tag)
            .execute()
        > 0;
  }

  void setVariable(Handle handle, String id, String name, String value) {
    removeVariable(handle, id, name);
    handle
        .createUpdate(
            """
            INSERT INTO organization_variable (organization_id, var_name, var_value)
            VALUES (:id, :name, :value)
            """)
        .bind("id", id)
        .bind("name", name)
        .bind("value", value)
        .execute();
  }

  boolean removeVariable(Handle handle, String id, String name) {
    return handle
            .createUpdate(
                "DELETE FROM organization_variable WHERE organization_id = :id AND var_name = :name")
            .bind("id", id)
            .bind("name", name)
            .execute()
        > 0;
  }

  void delete(Handle handle, String id) {
    credentials.deleteAll(handle, OWNER_KIND, id);
    vault.deleteAll(handle, OWNER_KIND, id);
    handle.createUpdate("DELETE FROM organization WHERE id = :id").bind("id", id).execute();
  }

  Optional<Organization> find(Handle handle, String id) {
    return rows(handle, handle.createQuery(SELECT + " WHERE o.id = :id").bind("id", id)).stream()
        .findFirst();
  }

  Optional<Organization> findByName(Handle handle, String configuration, String name) {
    Query query =
        handle
            .createQuery(
                SELECT + " WHERE o.configuration_name = :configuration AND o.name_key = :key")
            .bind("configuration", configuration)
            .bind("key", OrganizationRules.nameKey(name));
    return rows(handle, query).stream().findFirst();
  }

  OrganizationPage page(Handle handle, OrganizationQuery q) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (q.configurationName() != null) {
      where.append(" AND o.configuration_name = :configuration");
      params.put("configuration", q.configurationName());
    }
    if (q.tag() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM organization_tag t WHERE t.organization_id = o.id"
              + " AND t.tag = :tag)");
      params.put("tag", q.tag());
    }
    if (q.nameContains() != null) {
      where.append(" AND o.name_key LIKE :pattern ESCAPE '!'");
      String literal =
          OrganizationRules.nameKey(q.nameContains())
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      params.put("pattern", "%" + literal + "%");
    }
    if (q.mapped() != null) {
      where.append(q.mapped() ? " AND m.account_id IS NOT NULL" : " AND m.account_id IS NULL");
    }
    Query count =
        handle.createQuery(
            "SELECT COUNT(*) FROM organization o LEFT JOIN organization_mapping m"
                + " ON m.organization_id = o.id"
                + where);
    params.forEach(count::bind);
    long total = count.mapTo(Long.class).one();
    Query page =
        handle.createQuery(
            SELECT
                + where
                + " ORDER BY o.name_key, o.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");
    params.forEach(page::bind);
    page.bind("offset", q.offset()).bind("limit", q.limit());
    return new OrganizationPage(rows(handle, page), total, q.offset(), q.limit());
  }

  List<Organization> all(Handle handle, String configuration) {
    return rows(
        handle,
        handle
            .createQuery(
                SELECT + " WHERE o.configuration_name = :configuration ORDER BY o.name_key, o.id")
            .bind("configuration", configuration));
  }

  private List<Organization> rows(Handle handle, Query query) {
    List<Row> rows =
        query
            .map(
                (rs, ctx) ->
                    new Row(
                        rs.getString("id"),
                        rs.getString("configuration_name"),
                        rs.getString("name"),
                        rs.getString("external_id"),
                        AccessMode.valueOf(rs.getString("access_mode")),
                        rs.getString("mapped_account_id"),
                        SqlTimes.instant(rs, "created_at"),
                        SqlTimes.instant(rs, "updated_at")))
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(Row::id).toList();
    Map<String, Set<String>> tags = new HashMap<>();
    handle
        .createQuery(
            "SELECT organization_id, tag FROM organization_tag WHERE organization_id IN (<ids>)")
        .bindList("ids", ids)
        .map((rs, ctx) -> Map.entry(rs.getString("organization_id"), rs.getString("tag")))
        .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue()));
    Map<String, Map<String, String>> variables = new HashMap<>();
    handle
        .createQuery(
            "SELECT organization_id, var_name, var_value FROM organization_variable"
                + " WHERE organization_id IN (<ids>)")
        .bindList("ids", ids)
        .map(
            (rs, ctx) ->
                List.of(
                    rs.getString("organization_id"),
                    rs.getString("var_name"),
                    rs.getString("var_value")))
        .forEach(
            v -> variables.computeIfAbsent(v.get(0), k -> new TreeMap<>()).put(v.get(1), v.get(2)));
    List<Organization> result = new ArrayList<>(rows.size());
    for (Row row : rows) {
      result.add(
          new Organization(
              row.id(),
              row.configurationName(),
              row.name(),
              row.externalId(),
              tags.getOrDefault(row.id(), Set.of()),
              variables.getOrDefault(row.id(), Map.of()),
              row.accessMode(),
              row.duoAccountId(),
              credentials.load(handle, OWNER_KIND, row.id()),
              vault.find(handle, directoryKeyRef(row.id())).orElse(null),
              row.createdAt(),
              row.updatedAt()));
    }
    return result;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
