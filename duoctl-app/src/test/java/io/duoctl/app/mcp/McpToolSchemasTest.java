package io.duoctl.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.actions.InputSchema;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class McpToolSchemasTest {

  @TempDir Path dataDir;
  Duoctl duoctl;

  @BeforeEach
  void start() {
    duoctl = Duoctl.start(new AppConfig(dataDir, null, null, null, null, "cli:tester"));
  }

  @AfterEach
  void stop() {
    duoctl.close();
  }

  @Test
  void everyToolsInputSchema_isValidDraft2020_12_andClosed() throws Exception {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(InputSchema.DIALECT));
    List<McpSchema.Tool> tools =
        new ActionTools(duoctl).tools().stream().map(DuoctlTool::tool).toList();
    ObjectMapper json = new ObjectMapper();

    assertThat(tools).hasSizeGreaterThan(40);
    for (McpSchema.Tool tool : tools) {
      String schema = json.writeValueAsString(tool.inputSchema());
      assertThat(meta.validate(schema, InputFormat.JSON)).as(tool.name()).isEmpty();
      assertThat(tool.inputSchema()).as(tool.name()).containsEntry("type", "object");
      assertThat(tool.inputSchema()).as(tool.name()).containsEntry("additionalProperties", false);
      assertThat(tool.name()).matches("[a-z][a-z0-9_]{0,63}");
    }
  }

  @Test
  void tools_holdNoActionThatHandsOutSecrets_andOnlyDestructiveOnesTakeConfirm() {
    List<DuoctlTool> tools = new ActionTools(duoctl).tools();

    assertThat(tools)
        .extracting(t -> t.tool().name())
        .contains("users_list", "users_delete", "accounts_list")
        .doesNotContain("bypass_codes_create", "phones_activation_url", "auth_enroll", "raw_admin");
    assertThat(schemaProperties(tools, "users_delete")).contains("confirm", "dry_run", "input");
    assertThat(schemaProperties(tools, "users_list"))
        .contains("organizations", "tag", "all_organizations")
        .doesNotContain("confirm", "dry_run");
    assertThat(schemaProperties(tools, "accounts_list")).doesNotContain("organizations");
  }

  @SuppressWarnings("unchecked")
  private static java.util.Set<String> schemaProperties(List<DuoctlTool> tools, String name) {
    McpSchema.Tool tool =
        tools.stream()
            .map(DuoctlTool::tool)
            .filter(t -> t.name().equals(name))
            .findFirst()
            .orElseThrow();
    return ((java.util.Map<String, Object>) tool.inputSchema().get("properties")).keySet();
  }
}
