using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ReplyQuality.Tests.Hardening;

/// <summary>A bad configuration file gives one clear exception that names the file, or the setting, and the problem.</summary>
public sealed class ConfigurationFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rq-config-").FullName;

    [Fact]
    public void A_malformed_json_file_names_the_file()
    {
        var path = Write("appsettings.json", "{ \"ReplyQuality\": { \"GoldenHour\": \"00:45:00\", ");

        var ex = Assert.ThrowsAny<Exception>(() => new ConfigurationBuilder().AddJsonFile(path).Build());

        Assert.Contains("appsettings.json", ex.Message + ex.InnerException?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"MaxInputLength\": \"lots\"", "MaxInputLength")]
    [InlineData("\"GoldenHour\": \"soon\"", "GoldenHour")]
    [InlineData("\"Rules\": { \"RQ201\": { \"Severity\": \"Loud\" } }", "Severity")]
    [InlineData("\"Rules\": { \"RQ999\": { \"Enabled\": false } }", "RQ999")]
    [InlineData("\"MaxInputLength\": -5", "MaxInputLength")]
    [InlineData("\"ModelPath\": \"missing.rqmodel\"", "missing.rqmodel")]
    [InlineData("\"GoldenHours\": \"00:30:00\"", "GoldenHours")]
    [InlineData("\"Rules\": { \"RQ201\": { \"Enabled\": \"maybe\" } }", "Enabled")]
    public void A_bad_setting_names_the_setting_and_the_problem(string setting, string named)
    {
        var path = Write("appsettings.json", "{ \"ReplyQuality\": { " + setting + " } }");
        var configuration = new ConfigurationBuilder().AddJsonFile(path).Build();
        var services = new ServiceCollection();
        services.AddReplyQuality(configuration.GetSection("ReplyQuality"));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IReplyAnalyzer>());

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
