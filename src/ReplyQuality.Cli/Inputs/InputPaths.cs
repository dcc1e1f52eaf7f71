using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ReplyQuality.Cli.Inputs;

/// <summary>An input of a run: a file, or standard input (<c>-</c>).</summary>
/// <param name="Path">Full path, or <c>-</c>.</param>
/// <param name="Display">Path relative to the working directory with '/' separators, or <c>-</c>.</param>
internal sealed record InputFile(string Path, string Display)
{
    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => Path == "-";
}

/// <summary>
/// Expands the command line's paths, folders and globs into a sorted, de-duplicated list of input files.
/// Folders are searched recursively for the known extensions, skipping hidden folders and symbolic links, and globs
/// do not follow symbolic links to folders (so a link loop cannot recurse forever).
/// </summary>
internal static class InputPaths
{
    private static readonly EnumerationOptions FolderSearch = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        MatchType = MatchType.Simple,
    };

    /// <summary>Expands the arguments.</summary>
    /// <exception cref="UsageException">A path matches nothing.</exception>
    public static IReadOnlyList<InputFile> Expand(IReadOnlyList<string> arguments, string workingDirectory)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                files.Add(new InputFile("-", "-"));
                continue;
            }

            var matched = new List<string>();
            var full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                matched.Add(full);
            }
            else if (Directory.Exists(full))
            {
                matched.AddRange(Directory.EnumerateFiles(full, "*", FolderSearch)
                    .Where(f => ReplySources.Extensions.Contains(Path.GetExtension(f)) && !IsUnderHiddenFolder(full, f)));
            }
            else if (argument.IndexOfAny(['*', '?']) >= 0)
            {
                matched.AddRange(Glob(argument, workingDirectory));
            }
            else if (argument.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{argument}' (run 'reply-lint check --help')");
            }
            else
            {
                throw new UsageException($"no such file or folder: {argument}");
            }

            if (matched.Count == 0 && argument.IndexOfAny(['*', '?']) >= 0)
            {
                throw new UsageException($"the pattern matches no file: {argument}");
            }

            matched.Sort(StringComparer.Ordinal);
            foreach (var path in matched.Where(seen.Add))
            {
                files.Add(new InputFile(path, Display(path, workingDirectory)));
            }
        }

        return files;
    }

    /// <summary>A path as shown in reports: relative to the working directory when inside it, with '/' separators.</summary>
    public static string Display(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = path;
        }

        return relative.Replace('\\', '/');
    }

    private static IEnumerable<string> Glob(string pattern, string workingDirectory)
    {
        // The fixed part of the pattern (before the first wildcard segment) is the root to search from.
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?']) < 0).Count();
        var root = Path.GetFullPath(string.Join('/', segments.Take(fixedCount)) is { Length: > 0 } prefix ? prefix : ".", workingDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments.Skip(fixedCount)));
        return matcher.Execute(new LinkFreeDirectory(new DirectoryInfo(root))).Files
            .Select(match => Path.GetFullPath(Path.Combine(root, match.Path)))
            .Where(f => ReplySources.Extensions.Contains(Path.GetExtension(f)));
    }

    /// <summary>
    /// A folder as the glob matcher sees it, without the symbolic links to folders inside it: <c>**</c> would follow a
    /// link back to a parent round and round (once per level of the loop, or without end with two loops).
    /// </summary>
    private sealed class LinkFreeDirectory(DirectoryInfo directory) : DirectoryInfoBase
    {
        private static readonly EnumerationOptions Entries = new() { IgnoreInaccessible = true, AttributesToSkip = 0 };

        public override string Name => directory.Name;

        public override string FullName => directory.FullName;

        public override DirectoryInfoBase? ParentDirectory => directory.Parent is { } parent ? new LinkFreeDirectory(parent) : null;

        public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
        {
            if (!directory.Exists)
            {
                yield break;
            }

            foreach (var entry in directory.EnumerateFileSystemInfos("*", Entries))
            {
                if (entry is FileInfo file)
                {
                    yield return new FileInfoWrapper(file);
                }
                else if (entry is DirectoryInfo folder && !folder.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    yield return new LinkFreeDirectory(folder);
                }
            }
        }

        public override DirectoryInfoBase? GetDirectory(string path)
        {
            var folder = new DirectoryInfo(Path.Combine(directory.FullName, path));
            return folder.Exists ? new LinkFreeDirectory(folder) : null;
        }

        public override FileInfoBase GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(directory.FullName, path)));
    }

    private static bool IsUnderHiddenFolder(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file);
        return relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .SkipLast(1)
            .Any(segment => segment.StartsWith('.') || segment is "bin" or "obj" or "node_modules");
    }
}
