package io.github.realtimesessions.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reference app end to end in a real Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a
 * browser downloaded at run time): sign in, get a token, start a brokered WebRTC call whose answer the browser
 * applies, hang it up, and hit the rate limit, all against the embedded fake OpenAI, whose recorded requests prove
 * what the server sent. Screenshots of every step land in {@code target/browser-test/}.
 *
 * <p>Without Chromium the test is skipped with a message naming the packages; with
 * {@code REALTIME_SESSIONS_REQUIRE_BROWSER=true} (as {@code .ci/run} sets) a missing browser fails it instead, so CI
 * can never go green without running it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            // Small enough that the last test reaches it in a few clicks, large enough for the earlier ones.
            "realtime.sessions.endpoint.rate-limit.max-requests=" + ReferenceAppBrowserTest.RATE_LIMIT,
            "realtime.sessions.endpoint.rate-limit.window=10m"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceAppBrowserTest {

    static final int RATE_LIMIT = 6;

    private static final Path CHROMIUM = Path.of(System.getProperty("reference.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("reference.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "browser-test");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    FakeRealtimeServer openAi;

    private String testName;

    @BeforeAll
    static void startChromium() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.parseBoolean(System.getenv("REALTIME_SESSIONS_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("the browser test is required here, but " + CHROMIUM + " or "
                    + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, () -> "Skipping the reference app's browser test: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (Debian: apt-get install chromium chromium-driver)");
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // CI containers run as root, where Chromium's sandbox cannot start
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1100,1000",
                "--no-first-run",
                "--no-default-browser-check",
                // Nothing but 127.0.0.1: no updates, no sync, no field trials, no phoning home.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-extensions",
                "--disable-sync",
                "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--metrics-recording-only",
                "--use-fake-ui-for-media-stream");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void signIn(TestInfo test) {
        testName = test.getTestMethod().orElseThrow().getName();
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        // Not signed in: Spring Security's login page, then back to the app.
        waitFor().until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(SecurityConfiguration.DEMO_USER);
        browser.findElement(By.id("password")).sendKeys(SecurityConfiguration.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("signed-in-as"), SecurityConfiguration.DEMO_USER));
    }

    @AfterEach
    void screenshotAndConsole() throws IOException {
        screenshot("end");
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                // The rate-limit test provokes 429s on purpose; Chromium logs each failed fetch.
                .filter(entry -> !entry.getMessage().contains(" 429 "))
                .toList();
        assertThat(severe).as("errors in the page's console").isEmpty();
    }

    @Test
    @Order(1)
    void theTokenShowsItsSessionAndCountsDownWithTheSecretHidden() {
        assertThat(element("fake-note").isDisplayed()).as("the page says it runs on the embedded fake").isTrue();
        int before = openAi.requestCount(Endpoint.CLIENT_SECRETS);

        element("get-token").click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        screenshot("token");

        assertThat(openAi.requestCount(Endpoint.CLIENT_SECRETS)).isEqualTo(before + 1);
        RecordedRequest minted = last(Endpoint.CLIENT_SECRETS);
        // The server's policy, not the page, decided the session.
        ClientSecretRequest sent = minted.clientSecretRequest();
        RealtimeSessionConfig session = (RealtimeSessionConfig) sent.session();
        assertThat(session.model().value()).isEqualTo("gpt-realtime");
        assertThat(sent.expiresAfter().seconds()).isEqualTo(600);
        assertThat(minted.header("Authorization")).isEqualTo("Bearer " + openAi.apiKey());

        assertThat(element("token-session").getText()).startsWith("sess_");
        assertThat(element("token-model").getText()).isEqualTo("gpt-realtime");
        // Ten minutes, counting down (the countdown ticks four times a second).
        String first = element("token-countdown").getText();
        assertThat(first).matches("(9 min [0-5]\\d|10 min 00) s");
        waitFor().until(driver -> !element("token-countdown").getText().equals(first));

        // Hidden until asked for; the API key is nowhere in the page.
        assertThat(element("token-secret").getText()).startsWith("hidden");
        assertThat(browser.getPageSource()).doesNotContain("ek_").doesNotContain(openAi.apiKey());
        element("reveal").click();
        assertThat(element("token-secret").getText()).startsWith("ek_");
        screenshot("revealed");
        assertThat(browser.getPageSource()).doesNotContain(openAi.apiKey());
    }

    @Test
    @Order(2)
    void aBrokeredCallAppliesTheAnswerAndHangsUpThroughTheServer() {
        int calls = openAi.requestCount(Endpoint.CALLS);
        int hangups = openAi.requestCount(Endpoint.HANGUP);

        element("start-call").click();
        waitFor().until(ExpectedConditions.textToBe(By.id("call-state"), "answer applied (stable)"));
        screenshot("call");

        assertThat(openAi.requestCount(Endpoint.CALLS)).isEqualTo(calls + 1);
        RecordedRequest call = last(Endpoint.CALLS);
        // Chromium's own offer went through the server unchanged: audio and the events channel.
        assertThat(call.sdpOffer()).startsWith("v=0").contains("m=audio").contains("m=application");
        assertThat(call.callSession().model().value()).isEqualTo("gpt-realtime");
        String callId = element("call-id").getText();
        assertThat(callId).startsWith("rtc_");
        assertThat(element("call-remaining").getText()).matches("[45] min [0-5]\\d s");
        assertThat(element("hang-up").isDisplayed()).isTrue();

        element("hang-up").click();
        waitFor().until(ExpectedConditions.textToBe(By.id("call-state"), "hung up"));
        screenshot("hung-up");
        assertThat(openAi.requestCount(Endpoint.HANGUP)).isEqualTo(hangups + 1);
        assertThat(last(Endpoint.HANGUP).path()).isEqualTo("/v1/realtime/calls/" + callId + "/hangup");
        assertThat(element("hang-up").isDisplayed()).isFalse();
        assertThat(element("start-call").isEnabled()).isTrue();
    }

    @Test
    @Order(3)
    void tooManyTokensGetAMessageAPersonCanActOn() {
        int minted = openAi.requestCount(Endpoint.CLIENT_SECRETS);
        for (int click = 0; click <= RATE_LIMIT && !element("message").isDisplayed(); click++) {
            element("get-token").click();
            waitFor().until(ExpectedConditions.elementToBeClickable(By.id("get-token")));
        }
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        screenshot("rate-limited");

        assertThat(element("message").getText()).matches(
                "Rate limited: you asked for too many tokens\\. Try again in \\d+ seconds\\.");
        assertThat(element("message").getAttribute("class")).isEqualTo("error");
        // Refused before OpenAI was asked: fewer mints than clicks.
        assertThat(openAi.requestCount(Endpoint.CLIENT_SECRETS) - minted).isLessThan(RATE_LIMIT);
    }

    private WebElement element(String id) {
        return browser.findElement(By.id(id));
    }

    private RecordedRequest last(Endpoint endpoint) {
        List<RecordedRequest> matching = openAi.requests().stream()
                .filter(request -> request.endpoint() == endpoint)
                .toList();
        assertThat(matching).as("requests to %s", endpoint).isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, PATIENCE);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String step) {
        try {
            Files.write(SCREENSHOTS.resolve(testName + "-" + step + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
