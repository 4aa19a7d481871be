package io.duoctl.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.fixture.Fixture;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class SeededExtensionTest {

  @RegisterExtension
  static DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.given(d -> Fixture.demo().applyTo(d.world())));

  @RepeatedTest(2)
  void everyTest_startsFromTheFixture_evenAfterTheLastOneChangedThings() {
    assertThat(duo.world().accounts()).hasSize(4);
    assertThat(duo.world().integration("DIDEMOREADONLY000001")).isPresent();

    duo.world().deleteAccount(duo.world().accounts().get(3).id());
    duo.givenParentAccount("Extra");
  }
}
