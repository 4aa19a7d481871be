import io.duoctl.app.Duoctl;
import io.duoctl.emulator.DuoEmulator;

/** What both REST benchmarks set up: duoctl configured against the emulator's one child account. */
final class RestSetup {
  static final String ACTOR = "bench:rest";
  static final String CONFIG = "bench";

  private RestSetup() {}

  /** Configures and maps the emulator's one child account; returns its organization's name. */
  static String configure(Duoctl app, DuoEmulator duo) {
    BenchMsp.configure(app, CONFIG, ACTOR, duo, 1);
    return app.organizations().listAll(CONFIG).getFirst().name();
  }
}
