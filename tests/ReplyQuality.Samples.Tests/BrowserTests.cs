using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace ReplyQuality.Samples.Tests;

/// <summary>
/// The ReplyCoach page in a real browser: the app on Kestrel on a free localhost port, Debian's Chromium driven
/// headless through Debian's ChromeDriver (Selenium, with both paths given, so Selenium Manager never runs and
/// nothing is downloaded). Install them with <c>apt-get install chromium chromium-driver</c>; <c>.ci/run</c> does.
/// </summary>
public sealed class BrowserTests(ReplyCoachBrowser browser) : IClassFixture<ReplyCoachBrowser>
{
    [Fact]
    public void Spanish_bad_reply_highlights_the_span_and_lists_the_rule()
    {
        var driver = browser.OpenPage();

        Type(driver, "customer", "Mi pedido no llega y nadie me contesta.");
        Type(driver, "draft", "Consulte nuestra web. La culpa es del transportista.");
        var mark = WaitFor(driver, "#preview mark[data-rule='RQ203']");

        Assert.Equal("Consulte nuestra web", mark.Text);
        Assert.Equal("warning", mark.GetAttribute("data-severity"));
        AssertFinding(driver, "RQ203");
        AssertScoreBelow(driver, 80);
        Assert.Contains("Spanish", driver.FindElement(By.Id("detected")).Text, StringComparison.Ordinal);
        AssertPreviewMirrorsDraft(driver);

        // Keyboard: focusing the highlight opens the finding's explanation and suggestion (as hovering does).
        var details = driver.FindElement(By.Id("finding-RQ203-details"));
        Assert.False(details.Displayed);
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].focus();", mark);
        Assert.True(details.Displayed, "focusing the highlight should show the explanation");
        Assert.Contains("active", mark.GetAttribute("class") ?? "", StringComparison.Ordinal);
        browser.Screenshot(driver, "replycoach.png");

        // A phone's width: one column, nothing wider than the screen.
        var window = driver.Manage().Window;
        var desk = window.Size;
        window.Size = new System.Drawing.Size(390, 844);
        try
        {
            var js = (IJavaScriptExecutor)driver;
            Assert.True(
                (bool)js.ExecuteScript("return document.documentElement.scrollWidth <= window.innerWidth;")!,
                "the page scrolls sideways at 390 px");
            browser.Screenshot(driver, "replycoach-phone.png");
        }
        finally
        {
            window.Size = desk;
        }
    }

    [Fact]
    public void English_bad_reply_highlights_the_blame_and_the_shouting()
    {
        var driver = browser.OpenPage();
        driver.FindElement(By.CssSelector("#lang option[value='en']")).Click();
        Assert.Equal("en", driver.FindElement(By.Id("lang")).GetDomProperty("value"));

        Type(driver, "customer", "Why was I charged a cancellation fee? This is a rip-off.");
        Type(driver, "draft", "You should have read the terms. NOT OUR PROBLEM.");
        var shouting = WaitFor(driver, "#preview mark[data-rules~='RQ102']");
        var blame = WaitFor(driver, "#preview mark[data-rules~='RQ205']");

        Assert.Equal("NOT OUR PROBLEM", shouting.Text);
        Assert.StartsWith("You should have read", blame.Text, StringComparison.Ordinal);
        Assert.Equal("error", AssertFinding(driver, "RQ205").GetAttribute("data-severity"));
        AssertFinding(driver, "RQ102");
        Assert.InRange(AssertScoreBelow(driver, 50), 0, 49);
        Assert.Equal("Poor", driver.FindElement(By.Id("verdict")).Text);
        AssertPreviewMirrorsDraft(driver);
        browser.Screenshot(driver, "replycoach-en.png");
    }

    [Fact]
    public void Script_in_a_reply_is_shown_as_text_and_never_runs()
    {
        // RQ203 (website deflection) covers "Check our <script>alert(1)</script> website", so the payload sits in a <mark>;
        // the second sentence would set window.__xss if the page ever parsed the draft as HTML.
        const string payload = "<script>alert(1)</script>";
        const string draftText = "Check our " + payload + " website. <script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";
        var driver = browser.OpenPage();
        driver.FindElement(By.CssSelector("#lang option[value='en']")).Click();

        Type(driver, "draft", draftText);
        var mark = WaitFor(driver, "#preview mark[data-rule='RQ203']");

        var preview = driver.FindElement(By.Id("preview"));
        Assert.Equal(draftText, preview.Text);
        Assert.Equal("Check our " + payload + " website", mark.Text);
        var js = (IJavaScriptExecutor)driver;
        Assert.Equal(0L, js.ExecuteScript("return document.querySelectorAll('#preview script, #preview img, #findings script, #findings img').length;"));
        Assert.Equal("undefined", js.ExecuteScript("return typeof window.__xss;"));
        Assert.Throws<NoAlertPresentException>(() => driver.SwitchTo().Alert());
        Assert.True(int.TryParse(driver.FindElement(By.Id("score")).Text, out _));
        browser.Screenshot(driver, "replycoach-xss.png");
    }

    [Fact]
    public void Img_and_script_payloads_in_a_reply_with_findings_stay_text_in_the_preview_and_the_findings()
    {
        // RQ203 (website deflection) covers the first sentence, <img> payload included, so it sits inside a <mark> and is
        // quoted in the finding's message; RQ203 again ("check our FAQ") and RQ201 ("courier is to blame") flag the
        // second sentence, whose <img onerror> and <script> sit in plain text between the marks. Either would set
        // window.__xss if the page ever parsed the draft (or an API string) as HTML.
        const string inMark = "<img src=x onerror=__xss=1>";
        const string img = "<img src=x onerror=\"window.__xss=2\">";
        const string script = "<script>window.__xss=3</script>";
        const string draftText = "Check our " + inMark + " website. Please check our FAQ, the courier is to blame " + img + " " + script;
        var driver = browser.OpenPage();
        driver.FindElement(By.CssSelector("#lang option[value='en']")).Click();

        Type(driver, "customer", "My parcel never arrived " + img);
        Type(driver, "draft", draftText);
        var website = WaitFor(driver, "#preview mark[data-rules~='RQ203']");
        WaitFor(driver, "#preview mark[data-rules~='RQ201']");
        var deflection = AssertFinding(driver, "RQ203");
        AssertFinding(driver, "RQ201");

        // An <img> that failed to load fires onerror a moment later: give it that moment before looking for its effect.
        var js = (IJavaScriptExecutor)driver;
        js.ExecuteAsyncScript("const done = arguments[arguments.length - 1]; setTimeout(done, 500);");

        Assert.Equal("undefined", js.ExecuteScript("return typeof window.__xss;"));
        Assert.Throws<NoAlertPresentException>(() => driver.SwitchTo().Alert());
        Assert.Equal(0L, js.ExecuteScript("return document.querySelectorAll('#preview img, #preview script, #findings img, #findings script').length;"));
        Assert.Equal(0L, js.ExecuteScript("return document.images.length;"));
        Assert.Equal(1L, js.ExecuteScript("return document.scripts.length;"));   // app.js, nothing else

        // Nothing but the page's own markup inside the containers: text nodes and <mark> in the preview; in the
        // findings, the elements app.js builds for each of them.
        Assert.Equal(
            "MARK",
            js.ExecuteScript("return [...new Set([...document.querySelectorAll('#preview *')].map(e => e.tagName))].join(' ');"));
        Assert.Equal(
            string.Empty,
            js.ExecuteScript(
                "const allowed = ['LI', 'DIV', 'SPAN', 'P', 'A'];" +
                "return [...document.querySelectorAll('#findings *')].map(e => e.tagName).filter(t => !allowed.includes(t)).join(' ');"));

        // The payload is on screen as the characters the agent typed: in the preview, in the highlight, in the finding.
        var preview = driver.FindElement(By.Id("preview"));
        Assert.Equal(draftText, preview.Text);
        AssertPreviewMirrorsDraft(driver);
        Assert.Equal("Check our " + inMark + " website", website.Text);
        Assert.Contains(img + " " + script, preview.Text, StringComparison.Ordinal);
        Assert.Contains(inMark, deflection.FindElement(By.CssSelector(".message")).Text, StringComparison.Ordinal);
        Assert.Contains(inMark, website.GetAttribute("title") ?? "", StringComparison.Ordinal);
        Assert.True(int.TryParse(driver.FindElement(By.Id("score")).Text, out _));
        browser.Screenshot(driver, "replycoach-xss-img.png");
    }

    /// <summary>Types like a user, one key at a time, so the page's debounced input handler runs as it would.</summary>
    private static void Type(IWebDriver driver, string id, string text)
    {
        var field = driver.FindElement(By.Id(id));
        field.Clear();
        field.SendKeys(text);
        Assert.Equal(text, field.GetDomProperty("value"));
    }

    private static IWebElement WaitFor(IWebDriver driver, string css)
    {
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(10)) { PollingInterval = TimeSpan.FromMilliseconds(50) };
        try
        {
            return wait.Until(d => d.FindElements(By.CssSelector(css)) is { Count: > 0 } found ? found[0] : null)!;
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"'{css}' did not appear. Status: '{driver.FindElement(By.Id("status")).Text}'; preview: {driver.FindElement(By.Id("preview")).GetDomProperty("outerHTML")}");
            throw;
        }
    }

    private static IWebElement AssertFinding(IWebDriver driver, string ruleId)
    {
        var item = WaitFor(driver, $"#findings li[data-rule='{ruleId}']");
        Assert.True(item.Displayed, $"{ruleId} is listed but not visible");
        Assert.Contains(ruleId, item.FindElement(By.CssSelector(".rule-id")).Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(item.FindElement(By.CssSelector(".message")).Text), $"{ruleId} has no message");
        return item;
    }

    private static int AssertScoreBelow(IWebDriver driver, int limit)
    {
        var text = driver.FindElement(By.Id("score")).Text;
        Assert.True(int.TryParse(text, out var score), $"#score shows '{text}', not a number");
        Assert.InRange(score, 0, limit - 1);
        return score;
    }

    /// <summary>The highlighted mirror holds the draft's exact text: marks cut it, they never change it.</summary>
    private static void AssertPreviewMirrorsDraft(IWebDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        Assert.Equal(
            js.ExecuteScript("return document.getElementById('draft').value;"),
            js.ExecuteScript("return document.getElementById('preview').textContent;"));
    }
}

/// <summary>
/// One ReplyCoach server on Kestrel (a free port on 127.0.0.1) and one headless Chromium, shared by the tests of
/// <see cref="BrowserTests"/>. When Chromium or ChromeDriver is missing, every test fails and says how to install them.
/// </summary>
public sealed class ReplyCoachBrowser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromeDriverPath = "/usr/bin/chromedriver";

    private readonly WebApplicationFactory<Program>? factory;
    private readonly ChromeDriverService? service;
    private readonly ChromeDriver? driver;
    private readonly string? profile;
    private readonly string? missing;

    public ReplyCoachBrowser()
    {
        var absent = new[] { ChromiumPath, ChromeDriverPath }.Where(path => !File.Exists(path)).ToList();
        if (absent.Count > 0)
        {
            missing = $"The browser tests need Debian's Chromium and ChromeDriver, and {string.Join(" and ", absent)} " +
                "is not there. Install them the way the repository's CI does (.ci/run, group \"browser for the page tests\"): " +
                "sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium chromium-driver";
            return;
        }

        factory = new WebApplicationFactory<Program>();
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        BaseAddress = new Uri(addresses.Single());

        profile = Directory.CreateTempSubdirectory("replycoach-chromium-").FullName;
        ArtifactsDirectory = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

        // Both paths are explicit: Selenium then starts this driver and this browser, and never runs Selenium Manager.
        service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--window-size=1280,1000", "--force-device-scale-factor=1", "--lang=en-US", $"--user-data-dir={profile}");
        try
        {
            driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(30));
        }
        catch
        {
            Dispose();
            throw;
        }

        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(15);
    }

    public Uri? BaseAddress { get; }

    public string? ArtifactsDirectory { get; }

    /// <summary>A fresh load of the page (nothing left from the previous test), with its script ready.</summary>
    public IWebDriver OpenPage()
    {
        if (missing is not null) Assert.Fail(missing);
        driver!.Navigate().GoToUrl(BaseAddress!);
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d =>
            ((IJavaScriptExecutor)d).ExecuteScript("return document.readyState;") as string == "complete" &&
            d.FindElement(By.Id("verdict")).Text.Length > 0);
        Assert.Equal("–", driver.FindElement(By.Id("score")).Text);
        Assert.Empty(driver.FindElements(By.CssSelector("#findings li")));
        return driver;
    }

    /// <summary>Saves the whole page as a PNG in bin/…/artifacts (and a copy in the temp folder's rq/).</summary>
    public string Screenshot(IWebDriver webDriver, string fileName)
    {
        var path = Path.Combine(ArtifactsDirectory!, fileName);
        var window = webDriver.Manage().Window;
        var size = window.Size;
        var height = Convert.ToInt32(((IJavaScriptExecutor)webDriver).ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        window.Size = new System.Drawing.Size(size.Width, Math.Max(size.Height, height + (size.Height - ViewportHeight(webDriver))));
        ((ITakesScreenshot)webDriver).GetScreenshot().SaveAsFile(path);
        window.Size = size;
        var copy = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rq")).FullName;
        File.Copy(path, Path.Combine(copy, fileName), overwrite: true);
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is suspiciously small");
        return path;
    }

    private static int ViewportHeight(IWebDriver webDriver) =>
        Convert.ToInt32(((IJavaScriptExecutor)webDriver).ExecuteScript("return window.innerHeight;"), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        driver?.Quit();   // ends Chromium and ChromeDriver
        driver?.Dispose();
        service?.Dispose();
        factory?.Dispose();
        if (profile is not null)
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
