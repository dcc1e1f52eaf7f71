namespace ReplyQuality.Cli.Tests;

/// <summary>
/// A fresh temporary folder that a test runs reply-lint in, holding copies of fixture folders (tests never run in
/// the fixture folders themselves) and any files the test writes. Deleted on dispose.
/// </summary>
internal sealed class TempWorkspace : IDisposable
{
    private TempWorkspace(string root) => Root = root;

    /// <summary>The workspace folder; reply-lint runs with it as its working directory.</summary>
    public string Root { get; }

    /// <summary>An empty workspace.</summary>
    public static TempWorkspace Create() => new(Directory.CreateTempSubdirectory("reply-lint-tests-").FullName);

    /// <summary>A workspace holding a copy of <c>Fixtures/&lt;name&gt;</c> as <c>&lt;root&gt;/&lt;name&gt;</c>.</summary>
    public static TempWorkspace WithFixture(string name)
    {
        var workspace = Create();
        workspace.CopyFixture(name);
        return workspace;
    }

    /// <summary>Copies <c>Fixtures/&lt;name&gt;</c> (recursively, dot files included) to <c>&lt;root&gt;/&lt;name&gt;</c>.</summary>
    public string CopyFixture(string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The fixture folder {source} is not in the test output (see the Fixtures item in the .csproj).");
        }

        var target = Path.Combine(Root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>The full path of <paramref name="relativePath"/> inside the workspace.</summary>
    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="relativePath"/>, creating folders.</summary>
    public string Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes <paramref name="content"/> as is to <paramref name="relativePath"/>, creating folders.</summary>
    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Runs <c>reply-lint args…</c> in the workspace.</summary>
    public RunResult Run(params string[] args) => ReplyLint.Run(Root, args);

    /// <summary>Runs <c>reply-lint args…</c> in the workspace with <paramref name="stdin"/> on its standard input.</summary>
    public RunResult RunWithInput(string stdin, params string[] args) => ReplyLint.RunWithInput(Root, stdin, args);

    /// <summary>Runs <c>reply-lint args…</c> in the workspace with the bytes <paramref name="stdin"/> on its standard input.</summary>
    public RunResult RunWithInput(byte[] stdin, params string[] args) => ReplyLint.RunWithInput(Root, stdin, args);

    /// <summary>Runs <c>launcher… dotnet reply-lint.dll args…</c> in the workspace.</summary>
    public RunResult RunVia(IReadOnlyList<string> launcher, params string[] args) => ReplyLint.RunVia(Root, launcher, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }

        GC.SuppressFinalize(this);
    }
}
