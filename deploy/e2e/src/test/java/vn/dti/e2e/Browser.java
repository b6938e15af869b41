package vn.dti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.dti.testing.keycloak.KeycloakServer;

/**
 * One person's headless Debian Chromium, driven through Debian's ChromeDriver (no browser or driver
 * download): its own empty profile, so its own cookies and its own sign-in. Every page it opens
 * through {@link #visit} is checked for the portal's frame (who is signed in, sign-out, language
 * links) and photographed into {@code <screenshots>/<role>-<page>.png}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("dti.e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("dti.e2e.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("dti.e2e.screenshots", "target/portal-screenshots"));
    /** Pages render server-side in well under a second; the margin is for a loaded 2-core machine. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path LOGS = Path.of(System.getProperty("dti.e2e.work", "target/e2e"), "logs");
    private static final int WIDTH = 1280;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String role;
    final String user;
    private final URI portal;
    private final Path profile;
    private final ChromeDriverService service;
    final ChromeDriver driver;

    /**
     * Fails (never skips) when Chromium or ChromeDriver is missing: CI (.ci/run) installs both, and a
     * browser test that silently does not run proves nothing.
     */
    static void requireChromium() {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException(p + " not found: the portal's browser tests need Debian's Chromium and "
                        + "ChromeDriver (apt-get install chromium chromium-driver; .ci/run installs them)");
            }
        }
    }

    /** Empties the screenshot folder: what it holds afterwards is this run's pages only. */
    static void clearScreenshots() {
        try {
            Files.createDirectories(SCREENSHOTS);
            try (Stream<Path> files = Files.list(SCREENSHOTS)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser for {@code user} (screenshot prefix {@code role}) asking for pages in {@code language}. */
    Browser(String role, String user, URI portal, String language) {
        this.role = role;
        this.user = user;
        this.portal = portal;
        try {
            this.profile = Files.createTempDirectory("portal-chromium-" + role);
            Files.createDirectories(SCREENSHOTS);
            Files.createDirectories(LOGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Headless, as root, and quiet on this closed network: no background connections that are refused.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",900",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(LOGS.resolve("chromedriver-" + role + ".log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    /**
     * Opens the portal, is sent to Keycloak's login form, fills it in as a person would, and is back
     * on the portal page signed in.
     */
    void signIn(String path) {
        driver.get(portal.resolve(path).toString());
        fillLoginForm();
        await(By.id("signed-in-as"));
        assertThat(driver.getCurrentUrl()).startsWith(portal.toString());
    }

    /** Keycloak's own login page: {@code username}, {@code password}, the button {@code kc-login}. */
    void fillLoginForm() {
        WebElement username = await(By.id("username"));
        assertThat(driver.getCurrentUrl()).as("the sign-in page is the identity provider's")
                .doesNotStartWith(portal.toString());
        username.clear();
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(KeycloakServer.demoPassword(user));
        driver.findElement(By.id("kc-login")).click();
    }

    /** Opens {@code path} of the portal, checks the frame every page has, takes its screenshot as {@code page}. */
    void visit(String page, String path) {
        driver.get(portal.resolve(path).toString());
        shown(page);
        assertThat(driver.findElements(By.cssSelector("#not-found, #forbidden")))
                .as("%s is a page of its own, not the 404 or 403 page", path).isEmpty();
    }

    /** Opens {@code path}, which this person may not see: the portal's 403 page, checked like any page. */
    void visitForbidden(String page, String path) {
        driver.get(portal.resolve(path).toString());
        shown(page);
        assertThat(driver.findElements(By.id("forbidden"))).as("%s is the 403 page", path).hasSize(1);
    }

    /** The page now shown (after a click, a redirect): the frame checked, the screenshot taken. */
    void shown(String page) {
        await(By.id("content"));
        checkFrame();
        screenshot(page);
    }

    /**
     * What every portal page carries (the element contract): the language, who is signed in, the
     * sign-out link, both language links, the main content and a title.
     */
    void checkFrame() {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isIn("vi", "en");
        WebElement signedInAs = driver.findElement(By.cssSelector("header #signed-in-as"));
        assertThat(signedInAs.getText()).contains(user);
        assertThat(driver.findElement(By.cssSelector("header a#sign-out")).getAttribute("href"))
                .isEqualTo(portal.resolve("/portal/logout").toString());
        assertThat(driver.findElements(By.cssSelector("a[hreflang=vi]"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("a[hreflang=en]"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("main#content")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The whole page (the window made as tall as the document) as {@code <role>-<page>.png}. */
    void screenshot(String page) {
        // the window grows by what the document has beyond the viewport (window and viewport differ by the frame)
        Number beyond = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight) - window.innerHeight");
        if (beyond.intValue() > 0) {
            driver.manage().window().setSize(new Dimension(WIDTH, Math.min(900 + beyond.intValue(), 8000)));
        }
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(role + "-" + page + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, 900));
        }
    }

    WebElement await(By by) {
        return until(ExpectedConditions.presenceOfElementLocated(by), by.toString());
    }

    /** Waits until the page shows {@code by} (e.g. after a form's redirect), and returns it. */
    WebElement awaitVisible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by), by.toString());
    }

    /**
     * Waits for {@code condition}; when it does not come, the failure says which page the browser is
     * on and what it shows, and its screenshot is {@code <role>-failed-<n>.png}.
     */
    private <T> T until(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition, String what) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            String page;
            try {
                String text = driver.findElement(By.tagName("body")).getText();
                page = driver.getCurrentUrl() + " (" + driver.getTitle() + "): " + text.substring(0, Math.min(text.length(), 600));
                screenshot("failed-" + ++failures);
            } catch (RuntimeException unreadable) {
                page = "(page unreadable: " + unreadable.getMessage() + ")";
            }
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + " on " + page, e);
        }
    }

    private int failures;

    /** Sets a field of {@code form} by name: a select by value, a date by its value, text typed. */
    void fill(WebElement form, String name, String value) {
        WebElement field = form.findElement(By.name(name));
        String type = String.valueOf(field.getAttribute("type"));
        if (field.getTagName().equals("select")) {
            new Select(field).selectByValue(value);
        } else if (type.equals("date") || type.equals("datetime-local")) {
            // a date field's typed form depends on the browser's locale; its value does not
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** Submits {@code form} as a person does: its submit button, clicked. */
    void submit(WebElement form) {
        List<WebElement> buttons = form.findElements(By.cssSelector("button[type=submit], input[type=submit], button:not([type])"));
        assertThat(buttons).as("a submit button in form %s", form.getAttribute("outerHTML")).isNotEmpty();
        WebElement old = driver.findElement(By.tagName("html"));
        buttons.get(0).click();
        until(ExpectedConditions.stalenessOf(old), "the next page");
    }

    /** Clicks the sign-out link: the portal and the identity provider's sessions end. */
    void signOut() {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("sign-out")).click();
        until(ExpectedConditions.stalenessOf(old), "the next page");
    }

    /**
     * {@code path} of the portal fetched outside the browser with the browser's cookies for the portal
     * (its session): the status and type a page or a file really has.
     */
    HttpResponse<byte[]> fetch(String path) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(portal.resolve(path)).timeout(WAIT).header("Cookie", cookies).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
