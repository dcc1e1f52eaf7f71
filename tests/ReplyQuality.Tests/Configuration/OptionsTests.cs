using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ReplyQuality.Tests.Configuration;

public sealed class OptionsTests
{
    private const string Deflection = "Please check our FAQ.";

    [Fact]
    public void A_rule_can_be_disabled()
    {
        var analyzer = ReplyAnalyzer.Create(new ReplyQualityOptions().DisableRules("RQ203"));

        Assert.DoesNotContain("RQ203", analyzer.Analyze(new ReplyDraft(Deflection)).RuleIds());
    }

    [Fact]
    public void A_rules_severity_can_be_changed_and_the_score_follows()
    {
        var strict = ReplyAnalyzer.Create(new ReplyQualityOptions().SetSeverity("RQ203", Severity.Error));

        var normal = Analyzers.Analyze(Deflection);
        var raised = strict.Analyze(new ReplyDraft(Deflection));

        Assert.Equal(Severity.Warning, normal.Finding("RQ203")!.Severity);
        Assert.Equal(Severity.Error, raised.Finding("RQ203")!.Severity);
        Assert.True(raised.Score < normal.Score);
    }

    [Fact]
    public void Custom_phrases_extend_a_rule_per_language()
    {
        var options = new ReplyQualityOptions();
        options.Rule("RQ203").AddPhrases("es", "mire en el portal del empleado");
        options.Rule("RQ102").AddPhrases("en", "ACME");
        var analyzer = ReplyAnalyzer.Create(options);

        Assert.Contains("RQ203", analyzer.Analyze(new ReplyDraft("Mire en el portal del empleado, por favor.") { Language = "es" }).RuleIds());
        Assert.DoesNotContain("RQ203", ReplyAnalyzer.Create(new ReplyQualityOptions { UseModel = false }).Analyze(new ReplyDraft("Mire en el portal del empleado, por favor.") { Language = "es" }).RuleIds());
        Assert.DoesNotContain("RQ102", analyzer.Analyze(new ReplyDraft("Sorry! Your ACME order ships today, thanks.") { Language = "en" }).RuleIds());
    }

    [Fact]
    public void Custom_phrases_are_literal_unless_given_as_patterns()
    {
        var options = new ReplyQualityOptions();
        options.Rule("RQ101").AddPhrases("en", "(a|b)+ x*").AddPhrasePatterns("en", "you (muppet|numpty)");
        var analyzer = ReplyAnalyzer.Create(options);

        Assert.Contains("RQ101", analyzer.Analyze(new ReplyDraft("Honestly you numpty, read it again.") { Language = "en" }).RuleIds());
    }

    [Fact]
    public void An_invalid_pattern_names_the_rule_and_the_phrase()
    {
        var options = new ReplyQualityOptions();
        options.Rule("RQ205").AddPhrasePatterns("es", "(usted debio");

        var ex = Assert.Throws<ArgumentException>(() => ReplyAnalyzer.Create(options));
        Assert.Contains("RQ205", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(usted debio", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_rules_and_languages_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new ReplyQualityOptions().Rule("RQ999"));
        var options = new ReplyQualityOptions();
        options.Rules["RQ999"] = new RuleOptions();
        options.Rule("RQ101").AddPhrases("fr", "imbécile");

        var errors = options.Validate();

        Assert.Contains(errors, e => e.Contains("RQ999", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'fr'", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_are_copied_when_the_analyzer_is_created()
    {
        var options = new ReplyQualityOptions();
        var analyzer = ReplyAnalyzer.Create(options);
        options.DisableRules("RQ203");

        Assert.Contains("RQ203", analyzer.Analyze(new ReplyDraft(Deflection)).RuleIds());
    }

    [Fact]
    public void Input_over_the_limit_is_rejected_with_a_clear_message()
    {
        var analyzer = ReplyAnalyzer.Create(new ReplyQualityOptions { MaxInputLength = 50, MaxCustomerMessageLength = 20 });

        var reply = Assert.Throws<ArgumentException>(() => analyzer.Analyze(new ReplyDraft(new string('a', 51))));
        var customer = Assert.Throws<ArgumentException>(() => analyzer.Analyze(new ReplyDraft("ok") { CustomerMessage = new string('b', 21) }));

        Assert.Contains("51 characters long; the limit is 50", reply.Message, StringComparison.Ordinal);
        Assert.Contains("customer message", customer.Message, StringComparison.Ordinal);
        Assert.Equal(100_000, new ReplyQualityOptions().MaxInputLength);
        Assert.Equal(100, ReplyAnalyzer.CreateDefault().Analyze(new ReplyDraft(new string(' ', 100_000))).Score);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => new ReplyDraft(null!));
        Assert.Throws<ArgumentNullException>(() => Analyzers.Default.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => ReplyAnalyzer.Create(null!));
    }

    [Fact]
    public void Messages_follow_the_reply_language_unless_fixed()
    {
        var spanish = Analyzers.Analyze("Consulte nuestra web.", "es").Finding("RQ203")!;
        var fixedEnglish = ReplyAnalyzer.Create(new ReplyQualityOptions { MessageLanguage = "en" }).Analyze(new ReplyDraft("Consulte nuestra web.") { Language = "es" }).Finding("RQ203")!;

        Assert.Contains("Consulte nuestra web", spanish.Message, StringComparison.Ordinal);
        Assert.NotEqual(spanish.Message, fixedEnglish.Message);
        Assert.StartsWith("Sends the customer away", fixedEnglish.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddReplyQuality_registers_a_validated_singleton_bound_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReplyQuality:GoldenHour"] = "00:30:00",
            ["ReplyQuality:Rules:RQ203:Enabled"] = "false",
            ["ReplyQuality:Rules:RQ201:Severity"] = "Error",
        }).Build();
        var services = new ServiceCollection();
        services.Configure<ReplyQualityOptions>(configuration.GetSection("ReplyQuality"));
        services.AddReplyQuality(o => o.AssumeComplaint = true);
        using var provider = services.BuildServiceProvider();

        var analyzer = provider.GetRequiredService<IReplyAnalyzer>();

        Assert.Same(analyzer, provider.GetRequiredService<IReplyAnalyzer>());
        Assert.DoesNotContain("RQ203", analyzer.Analyze(new ReplyDraft(Deflection)).RuleIds());
        Assert.Equal(Severity.Error, analyzer.Analyze(new ReplyDraft("The courier is to blame for this.")).Finding("RQ201")!.Severity);
    }

    [Fact]
    public void Invalid_options_fail_validation_in_DI()
    {
        var services = new ServiceCollection();
        services.AddReplyQuality(o => o.GoldenHour = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReplyQualityOptions>>().Value);
        Assert.Contains("GoldenHour", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_model_file_is_bound_from_configuration_and_used()
    {
        // A copy of the embedded model whose blames-third-party tag never fires: the model-only RQ201 below goes away.
        var path = Path.Combine(Path.GetTempPath(), $"rq-{Guid.NewGuid():N}.rqmodel");
        ReplyModel.Default.WithThresholds(new Dictionary<string, float> { ["blames-third-party"] = 1f }).Save(path);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReplyQuality:ModelPath"] = path }).Build();
            var services = new ServiceCollection();
            services.Configure<ReplyQualityOptions>(configuration.GetSection("ReplyQuality"));
            services.AddReplyQuality();
            using var provider = services.BuildServiceProvider();
            var draft = new ReplyDraft("El almacén la lió, no nosotros.") { Language = "es" };

            Assert.Contains("RQ201", ReplyAnalyzer.CreateDefault().Analyze(draft).RuleIds());
            Assert.DoesNotContain("RQ201", provider.GetRequiredService<IReplyAnalyzer>().Analyze(draft).RuleIds());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
