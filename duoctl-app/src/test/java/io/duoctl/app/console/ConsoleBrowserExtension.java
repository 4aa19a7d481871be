package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.fixture.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts, for one test class, the Duo emulator, duoctl (fresh data directory, calling Duo through
 * the emulator's proxy), the console on a free port and a headless Chromium driven by Selenium; and
 * stops them all afterwards. Register it as a static field with {@code @RegisterExtension}.
 *
 * <p>Chromium and chromedriver are expected at {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver} (Debian: {@code apt-get install chromium chromium-driver}); without them
 * the tests fail, unless {@code -Dduoctl.browserTests=skip} is given, which skips them.
 */
final class ConsoleBrowserExtension implements BeforeAllCallback, AfterAllCallback {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(20);

  /**
   * How often the schedules are looked at, once a test runs them ({@code app().runSchedules()}).
   */
  static final Duration SCHEDULE_POLL = Duration.ofMillis(500);

  private DuoEmulator duo;
  private Path dataDir;
  private Path browserProfile;
  private Duoctl app;
  private WebServer server;
  private WebDriver driver;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    requireChromium();
    duo = DuoEmulator.builder().seed(7).build().start();
    dataDir = Files.createTempDirectory("duoctl-console-");
    app =
        Duoctl.start(
            new AppConfig(
                dataDir.resolve("data"),
                null,
                null,
                null,
                null,
                "test:harness",
                JobLease.DEFAULT_LENGTH,
                SCHEDULE_POLL),
            Clock.systemUTC(),
            new DuoClientFactory(Clock.systemUTC(), d -> {}));
    app.firstOperatorSetup().issueIfNeeded(); // as the server does at start
    server = WebServer.forDuoctl(app, WebServerOptions.defaults().withPort(0));
    browserProfile = Files.createTempDirectory("duoctl-chromium-");
    driver = startBrowser(browserProfile);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (app != null) {
        app.close();
      }
      if (duo != null) {
        duo.close();
      }
      deleteQuietly(browserProfile);
      deleteQuietly(dataDir);
    }
  }

  private static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "skip".equals(System.getProperty("duoctl.browserTests"))) {
      Assumptions.abort("browser tests skipped (-Dduoctl.browserTests=skip)");
    }
    if (!present) {
      throw new IllegalStateException(
          "the console's browser tests need Chromium and chromedriver at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + "; install them (Debian/Ubuntu: sudo apt-get install -y chromium"
              + " chromium-driver) or skip these tests with -Dduoctl.browserTests=skip");
    }
  }

  private static WebDriver startBrowser(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  DuoEmulator duo() {
    return duo;
  }

  Duoctl app() {
    return app;
  }

  WebDriver driver() {
    return driver;
  }

  /** The console's base URL, e.g. {@code http://127.0.0.1:41234}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Opens {@code path} (e.g. {@code /console/audit}) in the browser. */
  void open(String path) {
    driver.get(baseUrl() + path);
  }

  WebElement find(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until the page's main heading reads {@code title}. */
  void awaitTitle(String title) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBe(By.cssSelector("main h1"), title));
  }

  void type(String id, String text) {
    WebElement input = find(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Loads the emulator's demo MSP and saves its parent's Accounts API keys as duoctl's default
   * configuration {@code demo}, reached through the emulator's proxy.
   */
  void useDemoMsp() {
    Fixture demo = Fixture.demo();
    demo.applyTo(duo.world());
    JsonNode parent = demo.json().path("accounts").get(0);
    JsonNode accountsApi = parent.path("integrations").get(0);
    app.settings()
        .save(
            ConfigurationUpdate.named("demo")
                .withApi(
                    DuoApi.ACCOUNTS,
                    parent.path("api_hostname").asText(),
                    accountsApi.path("integration_key").asText(),
                    Secret.of(accountsApi.path("secret_key").asText()))
                .withAdvanced(
                    AdvancedSettings.defaults()
                        .withProxy(
                            new ProxySettings(
                                "127.0.0.1", duo.proxyAddress().getPort(), null, null))
                        .withAllowPlainHttp(true)),
            "test:setup");
    app.settings().makeDefault("demo", "test:setup");
  }

  /**
   * Generates an MSP of {@code customers} with {@code users} each into the emulator and makes it
   * the default configuration {@code default}, every customer imported and mapped; returns the
   * parent account's fixture JSON (its customers under {@code children}).
   */
  JsonNode useGeneratedMsp(int customers, int users, long seed) {
    Fixture generated = Fixture.generate(customers, users, seed);
    generated.applyTo(duo.world());
    JsonNode parent = generated.json().path("accounts").get(0);
    JsonNode accountsApi = parent.path("integrations").get(0);
    MspApi.configure(
        app,
        duo,
        "default",
        parent.path("api_hostname").asText(),
        accountsApi.path("integration_key").asText(),
        accountsApi.path("secret_key").asText());
    return parent;
  }

  /** Signs out whoever is signed in and signs in as {@code username} on the sign-in page. */
  void signInAs(String username, String password) {
    open(ConsoleModule.SIGN_IN);
    if (!driver.findElements(By.cssSelector(".sign-out button")).isEmpty()) {
      find(By.cssSelector(".sign-out button")).click();
    }
    awaitTitle("Sign in");
    type("username", username);
    type("password", password);
    find(By.cssSelector("button.primary")).click();
    new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBe(By.cssSelector("main h1"), "Sign in")));
  }

  /**
   * Creates the first operator on the setup page and signs in as it (once per test class); the
   * console then shows the Integration page, or the Dashboard once Duo is configured.
   */
  void signInFirstOperator(String username, String password) {
    open(ConsoleModule.SETUP);
    awaitTitle("Create the first operator");
    type("token", ConsoleModules.setupToken(app));
    type("username", username);
    type("password", password);
    type("password2", password);
    find(By.cssSelector("main button.primary")).click();
    new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBe(
                    By.cssSelector("main h1"), "Create the first operator")));
  }

  /** Waits until the element's text contains {@code text}; returns the element's text. */
  String awaitText(By by, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return driver.findElement(by).getText();
  }

  /** Saves a PNG of what the browser shows to {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, fullPage());
      assertThat(file).isNotEmptyFile();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page, not just the window: Chromium's DevTools capture beyond the viewport. */
  @SuppressWarnings("unchecked")
  private byte[] fullPage() {
    if (!(driver instanceof ChromeDriver chrome)) {
      return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }
    // Right after a window resize on a busy machine the layout may still be empty (0 wide).
    Map<String, Object> size =
        new WebDriverWait(driver, WAIT)
            .until(
                d -> {
                  Map<String, Object> metrics =
                      chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                  Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
                  return ((Number) content.get("width")).doubleValue() > 0
                          && ((Number) content.get("height")).doubleValue() > 0
                      ? content
                      : null;
                });
    Map<String, Object> shot =
        chrome.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x", 0,
                    "y", 0,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue(),
                    "scale", 1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp dir left behind is harmless
    }
  }
}
