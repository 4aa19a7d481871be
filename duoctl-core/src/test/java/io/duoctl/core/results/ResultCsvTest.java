package io.duoctl.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCsvTest {

  private static final String HEAD =
      "organization,organization_id,ok,error.code,error.message,error.duo_code,error.message_detail";

  @Test
  void authenticationLog_isOneLinePerEntry_nestedObjectsAsDottedColumns() {
    JsonNode log =
        json(
            """
            [{"txid":"t1","result":"success","factor":"duo_push",
              "access_device":{"ip":"10.0.0.1","location":{"city":"Ann Arbor"}},
              "user":{"name":"jdoe","groups":["Staff","VPN"]}},
             {"txid":"t2","result":"denied","factor":"sms_passcode",
              "access_device":{"ip":"10.0.0.2","location":{"city":"Oslo"}},
              "user":{"name":"amy","groups":[]}}]
            """);

    String csv = ResultCsv.of(List.of(ok("Harbor Dental", log)));

    assertThat(csv.lines())
        .containsExactly(
            HEAD
                + ",txid,result,factor,access_device.ip,access_device.location.city,user.name,"
                + "user.groups",
            "Harbor Dental,O1,true,,,,,t1,success,duo_push,10.0.0.1,Ann Arbor,jdoe,Staff;VPN",
            "Harbor Dental,O1,true,,,,,t2,denied,sms_passcode,10.0.0.2,Oslo,amy,");
    assertThat(csv).doesNotContain("[", "{");
  }

  @Test
  void usersWithGroupsAndPhones_arraysOfObjectsBecomeOneColumnPerField() {
    JsonNode users =
        json(
            """
            [{"username":"jdoe","groups":[{"group_id":"G1","name":"Staff"},{"group_id":"G2","name":"VPN"}],
              "phones":[{"phone_id":"P1","number":"+15555550100"},{"phone_id":"P2"}]}]
            """);

    String csv = ResultCsv.of(List.of(ok("Cedar Ridge Law", users)));

    assertThat(csv.lines())
        .containsExactly(
            HEAD + ",username,groups.group_id,groups.name,phones.phone_id,phones.number",
            "Cedar Ridge Law,O1,true,,,,,jdoe,G1;G2,Staff;VPN,P1;P2,+15555550100;");
  }

  @Test
  void summaryObject_isOneLine_aListOfValuesOneLinePerValue_anEmptyListNone() {
    String csv =
        ResultCsv.of(
            List.of(
                ok("Harbor Dental", json("{\"user_count\":3,\"admin_count\":1}")),
                ok("Bluebird Bakery", json("[]")),
                ok("Maple Street Veterinary", json("[\"a\",\"b\"]"))));

    assertThat(csv.lines())
        .containsExactly(
            HEAD + ",user_count,admin_count,value",
            "Harbor Dental,O1,true,,,,,3,1,",
            "Maple Street Veterinary,O1,true,,,,,,,a",
            "Maple Street Veterinary,O1,true,,,,,,,b");
  }

  @Test
  void failedOrganization_isOneLineWithItsErrorInTheWireSpelling() {
    OrganizationOutcome failed =
        new OrganizationOutcome(
            "O2", "Bluebird Bakery", ErrorCode.DUO_NOT_FOUND, "no such user", 40401, "jdoe", null);

    String csv =
        ResultCsv.of(List.of(ok("Harbor Dental", json("[{\"username\":\"amy\"}]")), failed));

    assertThat(csv.lines())
        .containsExactly(
            HEAD + ",username",
            "Harbor Dental,O1,true,,,,,amy",
            "Bluebird Bakery,O2,false,duo_not_found,no such user,40401,jdoe,");
  }

  @Test
  void itemFieldsNamedLikeTheLeadingColumns_goUnderData() {
    String csv = ResultCsv.of(List.of(ok("Harbor Dental", json("{\"ok\":\"yes\",\"id\":1}"))));

    assertThat(csv.lines())
        .containsExactly(HEAD + ",data.ok,id", "Harbor Dental,O1,true,,,,,yes,1");
  }

  @Test
  void noOutcomes_isTheHeaderAlone() {
    assertThat(ResultCsv.of(List.of())).isEqualTo(HEAD + "\n");
  }

  private static OrganizationOutcome ok(String organization, JsonNode data) {
    return new OrganizationOutcome("O1", organization, null, null, null, null, data);
  }

  private static JsonNode json(String text) {
    try {
      return ActionJson.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
