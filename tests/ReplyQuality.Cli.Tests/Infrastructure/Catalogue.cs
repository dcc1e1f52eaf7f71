namespace ReplyQuality.Cli.Tests;

/// <summary>The 20 rules of the guide (repository README), by id, and the severity order used by --fail-on.</summary>
internal static class Catalogue
{
    public static readonly Dictionary<string, string> Names = new()
    {
        ["RQ101"] = "hostile-tone",
        ["RQ102"] = "shouting",
        ["RQ103"] = "condescension",
        ["RQ201"] = "blames-third-party",
        ["RQ202"] = "cites-contract",
        ["RQ203"] = "website-deflection",
        ["RQ204"] = "management-deflection",
        ["RQ205"] = "blames-customer",
        ["RQ206"] = "denies-error",
        ["RQ207"] = "minimises",
        ["RQ208"] = "censorship",
        ["RQ301"] = "missing-apology",
        ["RQ302"] = "missing-solution",
        ["RQ303"] = "missing-empathy",
        ["RQ304"] = "missing-explanation",
        ["RQ305"] = "missing-timeline",
        ["RQ306"] = "missing-thanks",
        ["RQ401"] = "misplaced-apology",
        ["RQ402"] = "slow-response",
        ["RQ403"] = "unfilled-placeholder",
    };

    public static readonly string[] Severities = ["error", "warning", "info"];

    /// <summary>error 3, warning 2, info 1; anything else 0. For --fail-on, "none" is above everything.</summary>
    public static int Rank(string? severity) => severity switch
    {
        "error" => 3,
        "warning" => 2,
        "info" => 1,
        "none" => int.MaxValue,
        _ => 0,
    };
}
