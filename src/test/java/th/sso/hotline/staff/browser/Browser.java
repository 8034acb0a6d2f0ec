package th.sso.hotline.staff.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by its ChromeDriver (scripts/install-browser.sh installs both), with the
 * flags this machine's closed network needs and a fresh profile; screenshots go to target/screenshots/.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final String baseUrl;
    private final Path profile;
    private final WebDriverWait wait;

    Browser(String baseUrl) throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed for the browser tests: run "
                    + "scripts/install-browser.sh (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=th-TH",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Clicks what the selector finds now. The live desk may swap in a fresh queue or transcript between finding and
     * clicking; the element is then looked up again rather than the click failing on the replaced one.
     */
    void click(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** Scrolls the element to the middle of the window first, so the sticky parts of a page never cover it. */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // Something (a wrapped label, a sticky part) overlaps the control's centre: click it as the page would.
            script("arguments[0].click();", element);
        }
    }

    /**
     * Clicks something that loads a new page and waits until the old document is gone, so what is read next
     * comes from the new page and not from the one being replaced (a URL check alone can match the old URL).
     */
    void clickAndWaitForNewPage(String css) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        try {
            click(css);
        } catch (org.openqa.selenium.WebDriverException lostTrack) {
            // ChromeDriver can lose the clicked node when the navigation it starts wins the race against the end of
            // the click command ("Node with given id does not belong to the document"). The click happened if the
            // old page is going away; clicking again would act on the new page.
            if (!oldPageGoes(oldPage)) {
                throw lostTrack;
            }
        }
        wait.until(ExpectedConditions.stalenessOf(oldPage));
        find("body");
    }

    private boolean oldPageGoes(WebElement oldPage) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(oldPage));
            return true;
        } catch (org.openqa.selenium.TimeoutException stillThere) {
            return false;
        }
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void waitVisible(String css) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitForUrlContaining(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** A full-page screenshot (Chrome DevTools' capture beyond the viewport), scrolled to the top. */
    Path screenshot(String name) throws IOException {
        script("window.scrollTo(0, 0);");
        Number width = (Number) script("return Math.max(document.documentElement.scrollWidth, window.innerWidth);");
        Number height = (Number) script("return Math.min(document.documentElement.scrollHeight, 6000);");
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
