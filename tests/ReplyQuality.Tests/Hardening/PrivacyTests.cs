using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReplyQuality.Tests.Hardening;

/// <summary>The library makes no network calls and writes no reply text to logs.</summary>
public sealed class PrivacyTests
{
    [Theory]
    [InlineData("ReplyQuality")]
    [InlineData("ReplyQuality.Training")]
    public void The_library_references_no_networking_or_logging(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        var namespaces = metadata.TypeReferences
            .Select(h => metadata.GetString(metadata.GetTypeReference(h).Namespace))
            .Distinct()
            .ToList();

        Assert.DoesNotContain(namespaces, n => n.StartsWith("System.Net", StringComparison.Ordinal) || n.StartsWith("Microsoft.Extensions.Logging", StringComparison.Ordinal) || n == "System.Diagnostics.Tracing");
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("System.Net", StringComparison.Ordinal));
    }

    [Fact]
    public void Analysing_through_dependency_injection_logs_no_reply_or_customer_text()
    {
        var logs = new List<string>();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLogger(logs)));
        services.AddReplyQuality();
        using var provider = services.BuildServiceProvider();

        var analyzer = provider.GetRequiredService<IReplyAnalyzer>();
        var assessment = analyzer.Analyze(new ReplyDraft("Zyxwvut: la culpa es del transportista, consulte la web.") { CustomerMessage = "Qwertyu: mi pedido no llega" });
        Assert.Throws<ArgumentException>(() => analyzer.Analyze(new ReplyDraft("Zyxwvut") { Language = "xx" }));

        Assert.NotEmpty(assessment.Findings);
        Assert.DoesNotContain(logs, l => l.Contains("Zyxwvut", StringComparison.Ordinal) || l.Contains("Qwertyu", StringComparison.Ordinal));
    }

    private sealed class ListLogger(List<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add(formatter(state, exception) + exception);
            }
        }

        public void Dispose()
        {
        }
    }
}
