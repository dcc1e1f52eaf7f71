using System.Diagnostics;
using System.Runtime.Versioning;

namespace ReplyQuality.Cli.Tests;

/// <summary>A fact that needs what Linux and macOS have and Windows has not (SIGINT, symbolic links without privileges).</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = Platform.NotOnWindows;
        }
    }
}

/// <summary>A theory that needs what Linux and macOS have and Windows has not.</summary>
internal sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = Platform.NotOnWindows;
        }
    }
}

/// <summary>A fact that needs a file the tool has no permission to read; skipped only where no such file can be made.</summary>
internal sealed class NoReadPermissionFactAttribute : FactAttribute
{
    public NoReadPermissionFactAttribute()
    {
        if (NoReadPermission.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

internal static class Platform
{
    public const string NotOnWindows = "Needs POSIX signals and symbolic links, which this test does not emulate on Windows.";
}

/// <summary>
/// How to run the tool so that a file without read permission cannot be read. As an ordinary user, <c>chmod 000</c>
/// is enough. Root reads anything (CAP_DAC_OVERRIDE), and CI containers run as root: there the tool runs under
/// <c>setpriv</c> with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped from its bounding set, so it is still root but
/// file permissions apply to it. Which of the two works is found once by trying to read a real <c>chmod 000</c> file.
/// </summary>
internal static class NoReadPermission
{
    private static readonly string[] WithoutOverride = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"];
    private static readonly Lazy<(string[] Launcher, string? Unavailable)> Probe = new(Find);

    /// <summary>What to start the tool with (empty: nothing).</summary>
    public static IReadOnlyList<string> Launcher => Probe.Value.Launcher;

    /// <summary>Why no unreadable file can be made here, or <see langword="null"/> when it can.</summary>
    public static string? Unavailable => Probe.Value.Unavailable;

    /// <summary>Takes every permission away from <paramref name="path"/> (<c>chmod 000</c>).</summary>
    [UnsupportedOSPlatform("windows")]
    public static void Remove(string path) => File.SetUnixFileMode(path, UnixFileMode.None);

    private static (string[] Launcher, string? Unavailable) Find()
    {
        if (OperatingSystem.IsWindows())
        {
            return ([], "Read permission on Windows is an ACL, not a mode bit; this test uses chmod 000.");
        }

        var folder = Directory.CreateTempSubdirectory("reply-lint-permission-probe-");
        try
        {
            var file = Path.Combine(folder.FullName, "probe.txt");
            File.WriteAllText(file, "probe");
            Remove(file);
            if (!Environment.IsPrivilegedProcess)
            {
                return CanRead(file)
                    ? ([], "A chmod 000 file is still readable by this (non-root) user; the file system ignores permissions.")
                    : ([], null);
            }

            return RunsAndCannotRead(file) switch
            {
                true => (WithoutOverride, null),
                false => ([], "Running as root, and even without CAP_DAC_OVERRIDE (setpriv) a chmod 000 file is readable here."),
                null => ([], "Running as root, which reads any file, and setpriv (util-linux) cannot drop CAP_DAC_OVERRIDE here (missing, or no CAP_SETPCAP)."),
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static bool CanRead(string file)
    {
        try
        {
            _ = File.ReadAllBytes(file);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True: setpriv works and the file cannot be read under it; false: it can; null: setpriv does not work.</summary>
    private static bool? RunsAndCannotRead(string file)
    {
        if (Run("true") != 0)
        {
            return null;
        }

        return Run("cat", file) != 0;
    }

    private static int Run(params string[] command)
    {
        var info = new ProcessStartInfo(WithoutOverride[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in WithoutOverride.Skip(1).Concat(command))
        {
            info.ArgumentList.Add(word);
        }

        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return -1;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill();
                return -1;
            }

            Task.WaitAll(output, error);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // setpriv is not installed
        }
    }
}
