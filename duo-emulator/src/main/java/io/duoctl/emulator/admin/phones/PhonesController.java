package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.users.UserJson;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/v1/phones} and {@code /admin/v1/phones/{phone_id}} (admin-api.md §5.4): list and
 * look-up by number (§7.4), create with E.164 normalisation, get with users, modify, delete
 * (idempotent, §7.2).
 */
final class PhonesController {

  private final World world;

  PhonesController(World world) {
    this.world = world;
  }

  ApiResult list(ApiCall call) {
    PhoneBook phones = PhoneBook.of(world, call.account());
    List<Phone> selected = phones.all();
    if (call.params().has("number")) {
      String extension = call.param("extension").orElse(null);
      selected =
          phones.byNumber(call.param("number").get()).stream()
              .filter(p -> extension == null || p.extension().equals(extension))
              .toList();
    }
    return Paging.page(call, selected, Paging.OTHERS_MAX, p -> json(call, p));
  }

  ApiResult create(ApiCall call) {
    Phone.Builder spec = Phone.builder();
    Map<String, Object> fields = apply(call, spec);
    Phone phone = PhoneBook.of(world, call.account()).create(spec);
    AdminLog.of(call.account()).recordApi(call, "phone_create", phone.number(), fields);
    return ApiResult.ok(json(call, phone));
  }

  ApiResult get(ApiCall call) {
    Phone phone = PhoneBook.of(world, call.account()).require(call.pathVariable("phone_id"));
    return ApiResult.ok(json(call, phone));
  }

  ApiResult modify(ApiCall call) {
    String phoneId = call.pathVariable("phone_id");
    PhoneBook phones = PhoneBook.of(world, call.account());
    Phone.Builder spec = phones.require(phoneId).toBuilder();
    Map<String, Object> fields = apply(call, spec);
    Phone phone = phones.update(phoneId, current -> spec);
    AdminLog.of(call.account()).recordApi(call, "phone_update", phone.number(), fields);
    return ApiResult.ok(json(call, phone));
  }

  ApiResult delete(ApiCall call) {
    String phoneId = call.pathVariable("phone_id");
    PhoneBook phones = PhoneBook.of(world, call.account());
    phones
        .byId(phoneId)
        .filter(p -> phones.delete(phoneId))
        .ifPresent(
            p ->
                AdminLog.of(call.account())
                    .recordApi(call, "phone_delete", p.number(), Map.of("phone_id", phoneId)));
    return ApiResult.empty();
  }

  private Map<String, Object> json(ApiCall call, Phone phone) {
    List<String> userIds = PhoneBook.of(world, call.account()).userIdsOf(phone.phoneId());
    return PhoneJson.withUsers(phone, new UserJson(world, call.account()).reduced(userIds));
  }

  private static Map<String, Object> apply(ApiCall call, Phone.Builder phone) {
    Map<String, Object> changed = new LinkedHashMap<>();
    call.param("number").ifPresent(v -> changed.put("number", phone.number(v).number));
    call.param("name").ifPresent(v -> changed.put("name", phone.name(v).name));
    call.param("extension")
        .ifPresent(
            v -> {
              if (!v.matches("[0-9]*")) {
                throw DuoError.invalidParameter("extension");
              }
              changed.put("extension", phone.extension(v).extension);
            });
    call.param("type")
        .ifPresent(v -> changed.put("type", phone.type(PhoneType.parse(v)).type.wire()));
    call.param("platform")
        .ifPresent(
            v -> changed.put("platform", phone.platform(PhonePlatform.parse(v)).platform.wire()));
    call.param("predelay")
        .ifPresent(v -> changed.put("predelay", phone.predelay(seconds(v, "predelay")).predelay));
    call.param("postdelay")
        .ifPresent(
            v -> changed.put("postdelay", phone.postdelay(seconds(v, "postdelay")).postdelay));
    return changed;
  }

  private static String seconds(String value, String name) {
    if (!value.trim().matches("[0-9]{1,3}")) {
      throw DuoError.invalidParameter(name);
    }
    return String.valueOf(Integer.parseInt(value.trim()));
  }
}
