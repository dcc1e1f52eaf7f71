using System.CommandLine;
using System.Text;
using ReplyQuality.Cli.Inputs;
using ReplyQuality.Cli.Linting;
using ReplyQuality.Cli.Reports;
using Spectre.Console;

namespace ReplyQuality.Cli;

/// <summary>The <c>reply-lint</c> command line: <c>check</c>, <c>rules</c>, <c>explain</c>.</summary>
internal static class ReplyLint
{
    /// <summary>Exit code: nothing fails the thresholds.</summary>
    public const int Passed = 0;

    /// <summary>Exit code: findings or scores fail the thresholds.</summary>
    public const int Failed = 1;

    /// <summary>Exit code: usage or configuration error.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code: interrupted (Ctrl-C).</summary>
    public const int Interrupted = 130;

    /// <summary>Parses the arguments and runs the command.</summary>
    public static int Run(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        var root = BuildCommands();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"reply-lint: {error.Message}");
            }

            Console.Error.WriteLine("Run 'reply-lint --help' for usage.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"reply-lint: {e.Message}");
            return UsageError;
        }
    }

    private static RootCommand BuildCommands()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, globs, or - for JSONL on standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Report format: text, json, jsonl, sarif, github or junit." };
        format.AcceptOnlyFromAmong(ReportWriter.Formats);
        var config = new Option<string?>("--config", "-c") { Description = "Configuration file (default: .replylint.json/.yaml found by walking up from the first input)." };
        var failOn = new Option<string?>("--fail-on") { Description = "Lowest severity that fails the run: error (default), warning, info or none." };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var minScore = new Option<int?>("--min-score") { Description = "Fail when a reply scores below this (0-100)." };
        var lang = new Option<string?>("--lang") { Description = "Force the language of every reply: es or en (default: detect per reply)." };
        lang.AcceptOnlyFromAmong([.. RuleCatalog.Languages]);
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings that are not in this baseline file." };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Write the current findings to the --baseline file and exit 0." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not draw a progress bar on standard error." };
        var model = new Option<string?>("--model", "-m") { Description = "A custom model file from 'reply-lint train' (default: the embedded model); 'none' turns the model off." };
        var inputFormat = new Option<string?>("--input-format") { Description = "Layout of .json (and .csv) inputs: auto (default: sniffed), records, zendesk, freshdesk, intercom or helpscout." };
        inputFormat.AcceptOnlyFromAmong(InputOptions.FormatNames);
        var select = new Option<string?>("--select") { Description = "Where the replies are in .json inputs of any other shape, as a path such as '$.data[*].attributes.body'." };
        var selectId = new Option<string?>("--select-id") { Description = "With --select: each reply's id, as a path relative to its record (the last [*] of --select), such as 'id'." };

        var check = new Command("check", "Lint replies in files, folders, globs or standard input.")
        {
            paths, format, config, failOn, minScore, lang, outputFile, baseline, updateBaseline, noProgress, model, inputFormat, select, selectId,
        };
        check.SetAction(parse => Check(new CheckSettings(
            [.. parse.GetValue(paths) ?? []],
            parse.GetValue(format),
            parse.GetValue(config),
            parse.GetValue(failOn),
            parse.GetValue(minScore),
            parse.GetValue(lang),
            parse.GetValue(outputFile),
            parse.GetValue(baseline),
            parse.GetValue(updateBaseline),
            parse.GetValue(noProgress),
            parse.GetValue(model),
            parse.GetValue(inputFormat),
            parse.GetValue(select),
            parse.GetValue(selectId))));

        var rules = new Command("rules", "List the rules ReplyQuality checks.");
        rules.SetAction(_ => RuleCommands.List(Console.Out));

        var ruleId = new Argument<string>("rule") { Description = "A rule id, such as RQ201." };
        var explain = new Command("explain", "Explain a rule: what it catches, why, examples in Spanish and English, how to fix it.") { ruleId };
        explain.SetAction(parse => RuleCommands.Explain(Console.Out, parse.GetValue(ruleId)!));

        return new RootCommand("reply-lint: lint canned customer-service replies (Spanish and English) with ReplyQuality.")
        {
            check, rules, explain, ModelCommands.Train(), ModelCommands.Evaluate(),
        };
    }

    private sealed record CheckSettings(
        IReadOnlyList<string> Paths,
        string? Format,
        string? Config,
        string? FailOn,
        int? MinScore,
        string? Lang,
        string? Output,
        string? Baseline,
        bool UpdateBaseline,
        bool NoProgress,
        string? Model,
        string? InputFormat,
        string? Select,
        string? SelectId);

    private static int Check(CheckSettings settings)
    {
        var workingDirectory = Environment.CurrentDirectory;
        if (settings.MinScore is < 0 or > 100)
        {
            throw new UsageException("--min-score must be between 0 and 100");
        }

        var inputOptions = ReadInputOptions(settings);
        var inputs = InputPaths.Expand(settings.Paths, workingDirectory);
        var configPath = settings.Config is { } explicitConfig
            ? Path.GetFullPath(explicitConfig, workingDirectory)
            : LintConfiguration.Discover(StartFolder(inputs, workingDirectory));
        if (settings.Config is not null && !File.Exists(configPath))
        {
            throw new UsageException($"configuration file not found: {settings.Config}");
        }

        var configuration = configPath is null ? new LintConfiguration() : LintConfiguration.Load(configPath);
        // The tool's own files are never inputs: the report being written and the baseline.
        var ownFiles = new[] { settings.Output, settings.Baseline }
            .Where(f => f is not null)
            .Select(f => Path.GetFullPath(f!, workingDirectory))
            .ToHashSet(StringComparer.Ordinal);
        inputs = [.. inputs.Where(i => i.IsStandardInput || (!configuration.IsIgnored(i.Path) && !ownFiles.Contains(i.Path)))];
        if (settings.UpdateBaseline && settings.Baseline is null)
        {
            throw new UsageException("--update-baseline needs --baseline FILE");
        }

        var options = new ReplyQualityOptions();
        configuration.ApplyTo(options);
        if (settings.Model is { } modelPath)
        {
            options.UseModel = !modelPath.Trim().Equals("none", StringComparison.OrdinalIgnoreCase);
            options.ModelPath = options.UseModel ? Path.GetFullPath(modelPath, workingDirectory) : null;
            if (options.ModelPath is not null && !File.Exists(options.ModelPath))
            {
                throw new UsageException($"model file not found: {modelPath}");
            }
        }

        IReplyAnalyzer analyzer;
        try
        {
            analyzer = ReplyAnalyzer.Create(options);
            ResultJson.Model = ModelCommands.Describe(options);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new UsageException($"{configuration.Source ?? "options"}: {e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException(e.Message);
        }

        var failOn = (settings.FailOn ?? configuration.FailOn ?? "error").Trim().ToLowerInvariant();
        Severity? failSeverity = failOn == "none" ? null : LintConfiguration.ParseSeverity(failOn, "--fail-on");
        var minScore = settings.MinScore ?? configuration.MinScore;
        var language = settings.Lang ?? configuration.Lang?.Trim().ToLowerInvariant();
        var baseline = settings.Baseline is { } b && !settings.UpdateBaseline ? Linting.Baseline.Load(b) : Linting.Baseline.Empty;
        var readsStandardInput = inputs.Any(i => i.IsStandardInput);
        var format = settings.Format ?? (readsStandardInput ? "jsonl" : "text");

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var outputPath = settings.Output is null ? null : Path.GetFullPath(settings.Output, workingDirectory);
        var color = format == "text" && outputPath is null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null or "";
        var summary = new LintSummary();
        var linter = new Linter(analyzer, baseline, language);
        var kept = settings.UpdateBaseline ? new List<LintResult>() : null;
        var records = inputs.SelectMany(input => input.IsStandardInput
            ? ReplySources.ReadJsonLines(Console.OpenStandardInput(), "-", options.MaxInputLength)
            : ReplySources.ReadFile(input.Path, input.Display, options.MaxInputLength, inputOptions));
        var showProgress = !settings.NoProgress && !readsStandardInput && !Console.IsErrorRedirected && inputs.Count > 1;

        void WriteReport(TextWriter output)
        {
            using var report = ReportWriter.Create(format, output, color);

            void Lint(Action<LintResult>? progress)
            {
                foreach (var result in linter.Run(records, cancellation.Token))
                {
                    report.Write(result);
                    summary.Add(result, Fails(result, failSeverity, minScore));
                    kept?.Add(result with { Assessment = null });
                    progress?.Invoke(result);
                }
            }

            if (showProgress)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask("Linting replies", maxValue: inputs.Count);
                        string? file = null;
                        Lint(result =>
                        {
                            if (result.Record.File != file)
                            {
                                task.Increment(file is null ? 0 : 1);
                                file = result.Record.File;
                            }
                        });
                        task.Value = task.MaxValue;
                    });
            }
            else
            {
                Lint(null);
            }

            report.Complete(summary);
        }

        try
        {
            if (outputPath is null)
            {
                WriteReport(Console.Out);
            }
            else
            {
                // Through a temporary file and a rename: an interrupted run never leaves half a report.
                AtomicFile.Write(outputPath, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                    WriteReport(writer);
                });
            }
        }
        catch (OperationCanceledException)
        {
            Console.Out.Flush();
            Console.Error.WriteLine($"reply-lint: interrupted after {summary.Records} replies");
            return Interrupted;
        }

        if (kept is not null)
        {
            Linting.Baseline.Save(settings.Baseline!, kept);
            Console.Error.WriteLine($"reply-lint: baseline written to {settings.Baseline} ({summary.Errors + summary.Warnings + summary.Infos} findings)");
            return Passed;
        }

        return summary.Failed ? Failed : Passed;
    }

    /// <summary>The <c>--input-format</c>, <c>--select</c> and <c>--select-id</c> options, checked.</summary>
    private static InputOptions ReadInputOptions(CheckSettings settings)
    {
        var format = InputOptions.ParseFormat(settings.InputFormat);
        if (settings.SelectId is not null && settings.Select is null)
        {
            throw new UsageException("--select-id needs --select");
        }

        if (settings.Select is null)
        {
            return format == InputFormat.Auto ? InputOptions.Default : new InputOptions(format);
        }

        if (format != InputFormat.Auto)
        {
            throw new UsageException("--select reads any JSON shape: use it without --input-format");
        }

        JsonSelector select;
        try
        {
            select = JsonSelector.Parse(settings.Select);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--select: {e.Message}");
        }

        try
        {
            return new InputOptions(InputFormat.Auto, select, settings.SelectId is { } idPath ? select.RelativeId(idPath) : null);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--select-id: {e.Message}");
        }
    }

    private static bool Fails(LintResult result, Severity? failSeverity, int? minScore) =>
        result.Error is null
        && ((failSeverity is { } severity && result.Findings.Any(f => f.Severity >= severity))
            || (minScore is { } min && result.Assessment!.Score < min));

    private static string StartFolder(IReadOnlyList<InputFile> inputs, string workingDirectory)
    {
        var first = inputs.FirstOrDefault(i => !i.IsStandardInput);
        return first is null ? workingDirectory : Path.GetDirectoryName(first.Path)!;
    }
}
