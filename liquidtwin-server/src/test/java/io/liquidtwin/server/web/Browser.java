package io.liquidtwin.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven by its chromedriver (packages {@code chromium} and {@code chromium-driver}), with
 * the browser console collected. Missing browser: the test fails when the environment variable {@code CI} is set (CI
 * installs both) and is aborted (skipped) elsewhere. Screenshots go to {@code <build dir>/screenshots/} (the build
 * directory comes from the system property {@code liquidtwin.buildDir} that Surefire sets, else {@code target}).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Fails on CI, skips elsewhere, when chromium or chromedriver is missing. */
    static void require() {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                String msg = p + " not found (apt-get install chromium chromium-driver)";
                if (System.getenv("CI") != null) {
                    fail(msg);
                }
                abort(msg);
            }
        }
    }

    /** Starts a headless browser for pages under {@code base} (e.g. http://127.0.0.1:1234). */
    static Browser open(String base) {
        require();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,1000", "--disable-extensions", "--no-first-run", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(d, base);
    }

    void go(String hash) {
        String url = base + "/" + hash;
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(base + "/")) {
            ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", hash);
        } else {
            driver.get(url);
        }
    }

    /** Logs in through the page's form and waits for the shell. */
    void login(String user, String password) {
        driver.get(base + "/#/login");
        WebElement u = waitFor(By.id("username"));
        u.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        until(d -> d.findElement(By.id("top")).isDisplayed());
    }

    WebElement waitFor(By by) {
        return until(d -> {
            List<WebElement> e = d.findElements(by);
            return e.isEmpty() ? null : e.get(0);
        });
    }

    <T> T until(Function<WebDriver, T> condition) {
        return until(Duration.ofSeconds(10), condition);
    }

    <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** @return the console entries at SEVERE since the last call (Chrome hands each entry out once) */
    List<LogEntry> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    void assertNoConsoleErrors() {
        assertThat(severe()).as("browser console errors").isEmpty();
    }

    /**
     * Saves a PNG of the page as {@code <build dir>/screenshots/<name>.png}, after checking that the page shows no
     * leaked script values ("null", "undefined", "NaN" as words in its text).
     */
    Path screenshot(String name) {
        String text = driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
        assertThat(java.util.regex.Pattern.compile("\\b(null|undefined|NaN)\\b").matcher(text).results()
                .map(java.util.regex.MatchResult::group).toList()).as("script values shown on page " + name).isEmpty();
        try {
            Path dir = Path.of(System.getProperty("liquidtwin.buildDir", "target"), "screenshots");
            Files.createDirectories(dir);
            Path out = dir.resolve(name + ".png");
            Files.write(out, driver.getScreenshotAs(OutputType.BYTES));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JS heap in use after a forced garbage collection (Chrome DevTools Protocol), bytes */
    long jsHeapAfterGc() {
        driver.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        Map<String, Object> r = driver.executeCdpCommand("Performance.getMetrics", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) r.get("metrics");
        return metrics.stream().filter(m -> "JSHeapUsedSize".equals(m.get("name")))
                .mapToLong(m -> ((Number) m.get("value")).longValue()).findFirst().orElseThrow();
    }

    void enablePerformanceMetrics() {
        driver.executeCdpCommand("Performance.enable", Map.of());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
