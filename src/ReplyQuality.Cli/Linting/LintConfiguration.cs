using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.FileSystemGlobbing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReplyQuality.Cli.Linting;

/// <summary>
/// The settings of a <c>.replylint.json</c> / <c>.replylint.yaml</c> file. Command-line flags win over the file.
/// </summary>
internal sealed class LintConfiguration
{
    /// <summary>The file names searched for, in order, walking up from the first input.</summary>
    public static readonly string[] FileNames = [".replylint.json", ".replylint.yaml", ".replylint.yml"];

    /// <summary>Lowest severity that fails the run: error, warning, info or none.</summary>
    public string? FailOn { get; set; }

    /// <summary>Lowest acceptable score.</summary>
    public int? MinScore { get; set; }

    /// <summary>Language forced on every record (es/en).</summary>
    public string? Lang { get; set; }

    /// <summary>RQ402's limit, in minutes.</summary>
    public double? GoldenHourMinutes { get; set; }

    /// <summary>Whether a record without a customer message is a reply to a complaint.</summary>
    public bool? AssumeComplaint { get; set; }

    /// <summary>A custom model file (from <c>reply-lint train</c>), relative to the configuration file; <c>none</c> turns the model off.</summary>
    public string? Model { get; set; }

    /// <summary>Per-rule setting: off, error, warning or info.</summary>
    public Dictionary<string, string> Rules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra literal phrases per rule and language.</summary>
    public Dictionary<string, Dictionary<string, List<string>>> Phrases { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Globs (relative to the configuration file's folder) of inputs to skip.</summary>
    public List<string> Ignore { get; set; } = [];

    /// <summary>The file the settings came from, if any.</summary>
    [JsonIgnore]
    [YamlIgnore]
    public string? Source { get; private set; }

    private Matcher? _ignore;

    /// <summary>Finds the configuration file for the inputs, walking up from <paramref name="start"/>.</summary>
    public static string? Discover(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Loads and checks a configuration file.</summary>
    /// <exception cref="UsageException">The file cannot be read or is invalid; the message names the file and the problem.</exception>
    public static LintConfiguration Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot read the configuration file: {e.Message}");
        }

        LintConfiguration? configuration;
        try
        {
            configuration = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? JsonSerializer.Deserialize<LintConfiguration>(text, JsonOptions)
                : YamlReader.Deserialize<LintConfiguration>(text);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}: invalid JSON configuration: {e.Message}");
        }
        catch (YamlException e)
        {
            throw new UsageException($"{path}: invalid YAML configuration at line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        configuration ??= new LintConfiguration();
        configuration.Source = path;
        configuration.Validate();
        return configuration;
    }

    /// <summary>Whether an input is ignored by the <c>ignore</c> globs.</summary>
    public bool IsIgnored(string fullPath)
    {
        if (Ignore.Count == 0 || Source is null)
        {
            return false;
        }

        if (_ignore is null)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddIncludePatterns(Ignore);
            _ignore = matcher;
        }

        return _ignore.Match(Path.GetDirectoryName(Source)!, fullPath).HasMatches;
    }

    /// <summary>Applies the file's rule settings and phrases to the library's options.</summary>
    public void ApplyTo(ReplyQualityOptions options)
    {
        foreach (var (rule, setting) in Rules)
        {
            if (setting.Equals("off", StringComparison.OrdinalIgnoreCase))
            {
                options.DisableRules(rule);
            }
            else
            {
                options.SetSeverity(rule, ParseSeverity(setting, $"rules.{rule}"));
            }
        }

        foreach (var (rule, languages) in Phrases)
        {
            foreach (var (language, phrases) in languages)
            {
                options.Rule(rule).AddPhrases(language, [.. phrases]);
            }
        }

        if (GoldenHourMinutes is { } minutes)
        {
            options.GoldenHour = TimeSpan.FromMinutes(minutes);
        }

        if (AssumeComplaint is { } assume)
        {
            options.AssumeComplaint = assume;
        }

        if (Model is { } model)
        {
            if (model.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                options.UseModel = false;
            }
            else
            {
                options.ModelPath = Path.GetFullPath(model, Path.GetDirectoryName(Source) ?? Environment.CurrentDirectory);
            }
        }
    }

    /// <summary>Parses a severity name.</summary>
    public static Severity ParseSeverity(string value, string where) => value.Trim().ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" or "warn" => Severity.Warning,
        "info" or "information" or "note" => Severity.Info,
        _ => throw new UsageException($"{where}: '{value}' is not a severity (use error, warning, info or off)"),
    };

    private void Validate()
    {
        foreach (var rule in Rules.Keys.Concat(Phrases.Keys))
        {
            if (!RuleCatalog.TryGet(rule, out _))
            {
                throw new UsageException($"{Source}: unknown rule '{rule}' (rules are RQ101–RQ402; run 'reply-lint rules')");
            }
        }

        foreach (var (rule, setting) in Rules)
        {
            if (!setting.Equals("off", StringComparison.OrdinalIgnoreCase))
            {
                _ = ParseSeverity(setting, $"{Source}: rules.{rule}");
            }
        }

        if (FailOn is not null && FailOn.Trim().ToLowerInvariant() is not ("error" or "warning" or "info" or "none"))
        {
            throw new UsageException($"{Source}: failOn '{FailOn}' must be error, warning, info or none");
        }

        if (Lang is not null && !RuleCatalog.Languages.Contains(Lang.Trim().ToLowerInvariant()))
        {
            throw new UsageException($"{Source}: lang '{Lang}' is not supported (use {string.Join(" or ", RuleCatalog.Languages)})");
        }

        if (GoldenHourMinutes is <= 0)
        {
            throw new UsageException($"{Source}: goldenHourMinutes must be positive");
        }

        if (MinScore is < 0 or > 100)
        {
            throw new UsageException($"{Source}: minScore must be between 0 and 100");
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly IDeserializer YamlReader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();
}
