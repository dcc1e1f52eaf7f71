using System.Diagnostics;
using System.Text;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Runs the built reply-lint tool (<c>dotnet reply-lint.dll …</c>) as a separate process, the way a CI pipeline does:
/// with a working directory, optional standard input, <c>NO_COLOR=1</c> and a time limit.
/// </summary>
internal static class ReplyLint
{
    /// <summary>How long one run may take before it is killed and the test fails.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly Lazy<string> LazyRepositoryRoot = new(FindRepositoryRoot);
    private static readonly Lazy<string> LazyDllPath = new(FindDll);

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    /// <summary>The folder holding ReplyQuality.sln.</summary>
    public static string RepositoryRoot => LazyRepositoryRoot.Value;

    /// <summary><c>src/ReplyQuality.Cli/bin/&lt;configuration of this test build&gt;/net10.0/reply-lint.dll</c>.</summary>
    public static string DllPath => LazyDllPath.Value;

    /// <summary>Runs <c>reply-lint args…</c> in <paramref name="workingDirectory"/> with standard input closed.</summary>
    public static RunResult Run(string workingDirectory, params string[] args) => Execute(workingDirectory, null, [], args);

    /// <summary>Runs <c>reply-lint args…</c> in <paramref name="workingDirectory"/>, writing <paramref name="stdin"/> to its standard input.</summary>
    public static RunResult RunWithInput(string workingDirectory, string stdin, params string[] args) => Execute(workingDirectory, Utf8NoBom.GetBytes(stdin), [], args);

    /// <summary>Runs <c>reply-lint args…</c> in <paramref name="workingDirectory"/>, writing the bytes <paramref name="stdin"/> (which need not be valid UTF-8) to its standard input.</summary>
    public static RunResult RunWithInput(string workingDirectory, byte[] stdin, params string[] args) => Execute(workingDirectory, stdin, [], args);

    /// <summary>
    /// Runs <c>launcher… dotnet reply-lint.dll args…</c> in <paramref name="workingDirectory"/> with standard input closed:
    /// the tool started by another program, such as <c>setpriv</c> dropping capabilities or <c>sh -c</c> redirecting input.
    /// </summary>
    public static RunResult RunVia(string workingDirectory, IReadOnlyList<string> launcher, params string[] args) => Execute(workingDirectory, null, launcher, args);

    /// <summary>The process start info shared by <see cref="Run"/> and <see cref="ReplyLintSession"/>.</summary>
    internal static ProcessStartInfo StartInfo(string workingDirectory, string[] args) => StartInfo(workingDirectory, [], args);

    private static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyList<string> launcher, string[] args)
    {
        var info = new ProcessStartInfo
        {
            FileName = launcher.Count > 0 ? launcher[0] : DotnetHost(),
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8NoBom,
            StandardOutputEncoding = Utf8NoBom,
            StandardErrorEncoding = Utf8NoBom,
        };
        if (launcher.Count > 0)
        {
            foreach (var word in launcher.Skip(1))
            {
                info.ArgumentList.Add(word);
            }

            info.ArgumentList.Add(DotnetHost());
        }

        info.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    /// <summary>The arguments as one printable command line, for messages.</summary>
    internal static string CommandLine(string[] args) =>
        string.Join(' ', args.Select(a => a.Length == 0 || a.Contains(' ') ? $"\"{a}\"" : a));

    private static RunResult Execute(string workingDirectory, byte[]? stdin, IReadOnlyList<string> launcher, string[] args)
    {
        var commandLine = (launcher.Count > 0 ? "(via " + CommandLine([.. launcher]) + ") " : string.Empty) + CommandLine(args);
        using var process = new Process { StartInfo = StartInfo(workingDirectory, launcher, args) };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var input = Task.Run(() => Feed(process.StandardInput, stdin));

        if (!process.WaitForExit(TimeLimit))
        {
            Kill(process);
            throw new TimeoutException(
                $"reply-lint {commandLine} (in {workingDirectory}) did not finish within {TimeLimit.TotalSeconds} s and was killed." + Environment.NewLine +
                "--- stdout so far ---" + Environment.NewLine + Collected(stdout) + Environment.NewLine +
                "--- stderr so far ---" + Environment.NewLine + Collected(stderr));
        }

        process.WaitForExit();
        _ = input.Wait(TimeSpan.FromSeconds(10));
        return new RunResult(commandLine, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static void Feed(StreamWriter input, byte[]? bytes)
    {
        try
        {
            if (bytes is not null)
            {
                input.BaseStream.Write(bytes);
            }

            input.Close();
        }
        catch (IOException)
        {
            // The tool exited or closed its standard input before reading everything; its exit code and output tell the story.
        }
        catch (ObjectDisposedException)
        {
            // The process was already cleaned up after a timeout.
        }
    }

    internal static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting while being killed.
        }

        _ = process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    private static string Collected(Task<string> output) =>
        output.Wait(TimeSpan.FromSeconds(5)) ? output.Result : "(not available)";

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && string.Equals(Path.GetFileNameWithoutExtension(current), "dotnet", StringComparison.OrdinalIgnoreCase)
            ? current
            : "dotnet";
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReplyQuality.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ReplyQuality.sln: run the tests from a build inside the repository.");
    }

    private static string FindDll()
    {
        // The test assembly runs from tests/ReplyQuality.Cli.Tests/bin/<Configuration>/net10.0/; the tool is built with the same configuration.
        var outputFolder = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = outputFolder.Parent?.Name is { Length: > 0 } name && !string.Equals(name, "bin", StringComparison.OrdinalIgnoreCase)
            ? name
            : BuildConfiguration;
        var path = Path.Combine(RepositoryRoot, "src", "ReplyQuality.Cli", "bin", configuration, "net10.0", "reply-lint.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"reply-lint.dll is not at {path}. Build the tool first (dotnet build src/ReplyQuality.Cli -c {configuration}); " +
                "building this test project does that through its ProjectReference.",
                path);
        }

        return path;
    }
}

/// <summary>What one run of reply-lint did: its exit code and everything it wrote.</summary>
internal sealed record RunResult(string CommandLine, int ExitCode, string Stdout, string Stderr)
{
    private const int MaxShown = 12_000;

    /// <summary>An assertion message: what was expected, then the command, exit code, stdout and stderr.</summary>
    public string Because(string expectation) => expectation + Environment.NewLine + this;

    /// <summary>The command, exit code, stdout and stderr.</summary>
    public override string ToString() =>
        $"$ reply-lint {CommandLine}" + Environment.NewLine +
        $"exit code: {ExitCode}" + Environment.NewLine +
        "--- stdout ---" + Environment.NewLine + Shorten(Stdout) + Environment.NewLine +
        "--- stderr ---" + Environment.NewLine + Shorten(Stderr);

    private static string Shorten(string text) =>
        text.Length <= MaxShown ? text : $"{text.AsSpan(0, MaxShown)}… ({text.Length - MaxShown} more characters)";
}

/// <summary>
/// reply-lint running with its standard input kept open, to see each result arrive before the next record is sent
/// (the "map step under Spark pipe / xargs / GNU parallel" use of <c>check -</c>).
/// </summary>
internal sealed class ReplyLintSession : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _stdout = new();
    private readonly string _commandLine;

    private ReplyLintSession(Process process, string commandLine)
    {
        _process = process;
        _commandLine = commandLine;
    }

    /// <summary>Starts <c>reply-lint args…</c> in <paramref name="workingDirectory"/>.</summary>
    public static ReplyLintSession Start(string workingDirectory, params string[] args)
    {
        var process = new Process { StartInfo = ReplyLint.StartInfo(workingDirectory, args) };
        var session = new ReplyLintSession(process, ReplyLint.CommandLine(args));
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (session._stderr)
                {
                    session._stderr.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginErrorReadLine();
        process.StandardInput.NewLine = "\n";
        return session;
    }

    /// <summary>Writes one line to the tool's standard input and flushes it.</summary>
    public void WriteLine(string line)
    {
        _process.StandardInput.WriteLine(line);
        _process.StandardInput.Flush();
    }

    /// <summary>The next line of standard output, or null at its end; fails if none arrives within <paramref name="timeout"/>.</summary>
    public string? ReadLine(TimeSpan timeout)
    {
        var read = _process.StandardOutput.ReadLineAsync();
        if (!read.Wait(timeout))
        {
            throw new TimeoutException(Because($"No line on standard output within {timeout.TotalSeconds} s while standard input was still open: results are not streamed."));
        }

        var line = read.Result;
        if (line is not null)
        {
            _stdout.Append(line).Append('\n');
        }

        return line;
    }

    /// <summary>Whether the tool has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Everything read from standard output so far (each line read by <see cref="ReadLine"/> with its line break).</summary>
    public string Stdout => _stdout.ToString();

    /// <summary>Everything the tool has written to standard error so far.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>
    /// Writes <c>line(1)</c>, <c>line(2)</c>, … to standard input on a background task until the tool stops reading
    /// or the returned handle is disposed, so the tool always has more input coming.
    /// </summary>
    public IDisposable FeedEndlessly(Func<int, string> line)
    {
        var feeder = new Feeder();
        var input = _process.StandardInput;
        _ = Task.Run(() =>
        {
            try
            {
                for (var i = 1; !feeder.Stopped; i++)
                {
                    input.WriteLine(line(i));
                    input.Flush();
                }
            }
            catch (IOException)
            {
                // The tool exited or closed its standard input.
            }
            catch (ObjectDisposedException)
            {
                // The session was disposed.
            }
        });
        return feeder;
    }

    /// <summary>Sends SIGINT to the tool, as Ctrl-C in a terminal does.</summary>
    public void Interrupt() => Signals.Interrupt(_process.Id);

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for the tool to exit on its own (standard input is left open), then
    /// reads the rest of its standard output.
    /// </summary>
    /// <returns>The exit code, or <see langword="null"/> when the tool was still running (it is then killed).</returns>
    public int? WaitForExit(TimeSpan timeout)
    {
        var rest = _process.StandardOutput.ReadToEndAsync();
        if (!_process.WaitForExit(timeout))
        {
            ReplyLint.Kill(_process);
            _ = rest.Wait(TimeSpan.FromSeconds(5));
            return null;
        }

        _process.WaitForExit();
        _stdout.Append(rest.GetAwaiter().GetResult());
        return _process.ExitCode;
    }

    /// <summary>Closes standard input, reads the rest of standard output and waits for the exit code.</summary>
    public int Finish()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool already closed its end.
        }

        var rest = _process.StandardOutput.ReadToEndAsync();
        if (!_process.WaitForExit(ReplyLint.TimeLimit))
        {
            ReplyLint.Kill(_process);
            throw new TimeoutException(Because($"reply-lint did not exit within {ReplyLint.TimeLimit.TotalSeconds} s after its standard input was closed."));
        }

        _process.WaitForExit();
        _stdout.Append(rest.GetAwaiter().GetResult());
        return _process.ExitCode;
    }

    /// <summary>An assertion message with the command and what the tool has written so far.</summary>
    public string Because(string expectation)
    {
        string stderr;
        lock (_stderr)
        {
            stderr = _stderr.ToString();
        }

        return expectation + Environment.NewLine +
            $"$ reply-lint {_commandLine}" + Environment.NewLine +
            "--- stdout so far ---" + Environment.NewLine + _stdout + Environment.NewLine +
            "--- stderr so far ---" + Environment.NewLine + stderr;
    }

    private sealed class Feeder : IDisposable
    {
        private volatile bool _stopped;

        public bool Stopped => _stopped;

        public void Dispose() => _stopped = true;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            ReplyLint.Kill(_process);
        }

        _process.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>POSIX signals sent to the tool.</summary>
internal static class Signals
{
    /// <summary>Sends SIGINT to <paramref name="processId"/> (with the shell's <c>kill</c>, which every Unix has).</summary>
    public static void Interrupt(int processId)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("kill -s INT \"$1\"");
        info.ArgumentList.Add("sh");
        info.ArgumentList.Add(processId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(info) ?? throw new InvalidOperationException("Could not start /bin/sh to send SIGINT.");
        var error = kill.StandardError.ReadToEnd();
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -s INT {processId} failed (exit code {kill.ExitCode}): {error}");
        }
    }
}
