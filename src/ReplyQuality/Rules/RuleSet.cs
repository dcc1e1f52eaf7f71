using System.Collections.Immutable;
using ReplyQuality.Rules.Completeness;
using ReplyQuality.Rules.Context;
using ReplyQuality.Rules.Deflection;
using ReplyQuality.Rules.Tone;

namespace ReplyQuality.Rules;

/// <summary>Every rule the engine runs, in id order. Adding a rule is adding its file and a line here.</summary>
internal static class RuleSet
{
    /// <summary>The rules.</summary>
    public static ImmutableArray<ReplyRule> All { get; } =
    [
        new HostileToneRule(),
        new ShoutingRule(),
        new CondescensionRule(),
        new BlamesThirdPartyRule(),
        new CitesContractRule(),
        new WebsiteDeflectionRule(),
        new ManagementDeflectionRule(),
        new BlamesCustomerRule(),
        new DeniesErrorRule(),
        new MinimisesRule(),
        new CensorshipRule(),
        new MissingApologyRule(),
        new MissingSolutionRule(),
        new MissingEmpathyRule(),
        new MissingExplanationRule(),
        new MissingTimelineRule(),
        new MissingThanksRule(),
        new MisplacedApologyRule(),
        new SlowResponseRule(),
        new UnfilledPlaceholderRule(),
    ];

    /// <summary>The completeness rules, which define the elements of a good reply.</summary>
    public static ImmutableArray<MissingElementRule> Elements { get; } = [.. All.OfType<MissingElementRule>()];

    /// <summary>A rule by id (case-insensitive), or <see langword="null"/>.</summary>
    public static ReplyRule? Find(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
