using ReplyQuality.Languages;
using ReplyQuality.Matching;
using ReplyQuality.Rules;
using ReplyQuality.Text;

namespace ReplyQuality.Analysis;

/// <summary>An element of a good reply found in the text.</summary>
internal readonly record struct FoundElement(ReplyElementKind Kind, TextRange Range, double Confidence, FindingSource Source = FindingSource.Rule);

/// <summary>
/// Everything known about one reply while rules run: the normalised text, its language, the kind of the
/// customer's message, the phrases found in the agent's own words and the elements of a good reply. Built once
/// per reply, read by every rule.
/// </summary>
internal sealed class ReplyAnalysis
{
    /// <summary>How many words before a match are searched for a negator.</summary>
    public const int NegationWindow = 3;

    /// <summary>Confidence added for each further separate match of a rule.</summary>
    private const double RepeatBonus = 0.05;

    private readonly List<PhraseMatch> _matches;
    private readonly List<FoundElement> _elements;
    private HashSet<(string File, int Sentence)>? _exceptions;

    public ReplyAnalysis(ReplyDraft draft, ReplyText text, LanguageData data, MessageKindResult kind, AnalyzerSettings settings)
    {
        Draft = draft;
        Text = text;
        Data = data;
        Settings = settings;
        MessageKind = kind.Kind;
        MessageKindConfidence = kind.Confidence;
        HasWords = text.Tokens.Length > 0;
        IsComplaint = kind.Kind == MessageKind.Complaint;
        MissingConfidence = kind.Assumed ? MessageKindClassifier.AssumedConfidence : Math.Max(0.75, kind.Confidence - 0.05);
        var raw = new List<PhraseMatch>();
        data.ReplyMatcher.FindAll(text, raw);
        _matches = KeepAgentsOwnWords(raw);
        Model = settings.Model is { } model ? ModelReading.Read(model, text, AnalyzerSettings.Profiles[data.Code].Stopwords) : null;
        _elements = FindElements();
        HasSpecificLink = FindSpecificLink(text);
    }

    /// <summary>The draft.</summary>
    public ReplyDraft Draft { get; }

    /// <summary>The reply, normalised.</summary>
    public ReplyText Text { get; }

    /// <summary>The language's data.</summary>
    public LanguageData Data { get; }

    /// <summary>The analyzer's settings.</summary>
    public AnalyzerSettings Settings { get; }

    /// <summary>What the customer's message is.</summary>
    public MessageKind MessageKind { get; }

    /// <summary>How sure the engine is of <see cref="MessageKind"/>.</summary>
    public double MessageKindConfidence { get; }

    /// <summary>Whether the reply answers a complaint (read or assumed).</summary>
    public bool IsComplaint { get; }

    /// <summary>
    /// Whether the reply has any words at all. A blank draft (nothing typed yet) has nothing to judge: the
    /// "missing" rules stay quiet instead of listing everything a reply should contain.
    /// </summary>
    public bool HasWords { get; }

    /// <summary>The confidence of a "missing" finding: how sure the engine is that the reply answers a complaint.</summary>
    public double MissingConfidence { get; }

    /// <summary>Whether the reply links one specific page (an address with a path), not just a home page.</summary>
    public bool HasSpecificLink { get; }

    /// <summary>Placeholders the agent had to fill by hand and left in the reply (<c>[INSERT REASON]</c>), in order.</summary>
    public IReadOnlyList<TextRange> UnfilledPlaceholders { get; init; } = [];

    /// <summary>What the model reads in the reply, or <see langword="null"/> when the model is off.</summary>
    public ModelReading? Model { get; }

    /// <summary>The elements of a good reply found, in text order.</summary>
    public IReadOnlyList<FoundElement> Elements => _elements;

    /// <summary>Whether the reply contains an element.</summary>
    public bool Has(ReplyElementKind kind)
    {
        foreach (var e in _elements)
        {
            if (e.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the reply contains an element.</summary>
    public IReadOnlyList<TextRange> ElementRanges(ReplyElementKind kind) =>
        TextRanges.Merge([.. _elements.Where(e => e.Kind == kind).Select(e => e.Range)]);

    /// <summary>
    /// A hit made of every match of the given sections of a rule's data, or <see langword="null"/> when none
    /// matched. Confidence is the highest section confidence, plus a little for each further separate match.
    /// </summary>
    public RuleHit? HitFor(string ruleId, IReadOnlyList<string> sections)
    {
        List<TextRange>? ranges = null;
        var confidence = 0.0;
        foreach (var m in _matches)
        {
            var section = Data.Sections[m.Section];
            if (section.File != ruleId || !sections.Contains(section.Name))
            {
                continue;
            }

            (ranges ??= []).Add(Range(m));
            confidence = Math.Max(confidence, section.Confidence);
        }

        if (ranges is null)
        {
            return null;
        }

        var merged = TextRanges.Merge(ranges);
        return new RuleHit(merged, Math.Min(0.99, confidence + (RepeatBonus * (merged.Count - 1))));
    }

    /// <summary>The original text a match covers.</summary>
    public TextRange Range(PhraseMatch match) =>
        new(Text.Tokens[match.FirstToken].Start, Text.Tokens[match.EndToken - 1].End);

    // The model tags of the tone and deflection rules (what a sentence must not do to count as a good element).
    private static readonly string[] ProblemModelTags = [.. RuleSet.All.Where(r => r is not MissingElementRule && r.ModelTag is not null).Select(r => r.ModelTag!)];

    // The rules the model has a tag for: their phrase lists are off when the model is evaluated alone.
    private static readonly HashSet<string> ModelCoveredFiles = [.. RuleSet.All.Where(r => r.ModelTag is not null).Select(r => r.Descriptor.Id)];

    private List<PhraseMatch> KeepAgentsOwnWords(List<PhraseMatch> raw)
    {
        var tokens = Text.Tokens;
        var kept = new List<PhraseMatch>(raw.Count);
        foreach (var m in raw)
        {
            if (Data.Sections[m.Section].Name == "except")
            {
                (_exceptions ??= []).Add((Data.Sections[m.Section].File, tokens[m.FirstToken].Sentence));
            }
        }

        var exceptions = _exceptions;

        foreach (var m in raw)
        {
            var section = Data.Sections[m.Section];
            if (section.Name == "except" || IsQuoted(tokens, m) || (Settings.ModelOnly && ModelCoveredFiles.Contains(section.File)) || (IsNegatable(section) && IsNegated(tokens, m.FirstToken)))
            {
                continue;
            }

            if (exceptions is not null && exceptions.Contains((section.File, tokens[m.FirstToken].Sentence)))
            {
                continue;
            }

            kept.Add(m);
        }

        return kept;
    }

    // The element detectors are negatable by nature: "we cannot offer a refund" is not a solution.
    private static bool IsNegatable(PhraseSection section) =>
        section.Negatable || section.Name is "present" or "promise" or "help-offer";

    private static bool IsQuoted(Span<Token> tokens, PhraseMatch m)
    {
        for (var t = m.FirstToken; t < m.EndToken; t++)
        {
            if (tokens[t].Has(TokenFlags.Quoted))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNegated(Span<Token> tokens, int first)
    {
        var clause = tokens[first].Clause;
        for (var t = first - 1; t >= 0 && t >= first - NegationWindow && tokens[t].Clause == clause; t--)
        {
            if (Data.IsNegator(tokens[t].WordId))
            {
                return true;
            }
        }

        return false;
    }

    private List<FoundElement> FindElements()
    {
        var elements = new List<FoundElement>();
        List<TextRange>? ranges = null;
        Span<int> buffer = stackalloc int[8];
        foreach (var rule in RuleSet.Elements)
        {
            var evidence = rule.Evidence;
            var ids = evidence.Count <= buffer.Length ? buffer[..evidence.Count] : new int[evidence.Count];
            for (var i = 0; i < evidence.Count; i++)
            {
                ids[i] = Data.SectionId(evidence[i].File, evidence[i].Section);
            }

            ranges?.Clear();
            var confidence = 0.0;
            foreach (var m in _matches)
            {
                if (ids.Contains(m.Section) && !OverlapsProblem(m))
                {
                    (ranges ??= []).Add(Range(m));
                    confidence = Math.Max(confidence, Data.Sections[m.Section].Confidence);
                }
            }

            if (ranges is { Count: > 0 })
            {
                foreach (var range in TextRanges.Merge(ranges))
                {
                    elements.Add(new FoundElement(rule.Element, range, confidence));
                }
            }
        }

        AddModelElements(elements);
        elements.Sort(static (a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return elements;
    }

    // Whether a match shares words with a match of a problem list (other than its own list).
    private bool OverlapsProblem(PhraseMatch match)
    {
        foreach (var n in _matches)
        {
            if (n.Section != match.Section && n.Overlaps(match) && IsProblemSection(Data.Sections[n.Section]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Joins the model's reading to a rule's phrase hit (the one place where the two are fused):
    /// <list type="bullet">
    /// <item>both found it — the phrase spans, plus any other sentence the model flags; <see cref="FindingSource.Both"/>,
    /// confidence 1 − (1 − phrase)(1 − model);</item>
    /// <item>only the phrases — kept as they are (<see cref="FindingSource.Rule"/>): an exact phrase of the guide is not
    /// overruled by a statistical model;</item>
    /// <item>only the model — the flagged sentences, with the model's calibrated probability as confidence
    /// (<see cref="FindingSource.Model"/>), unless the rule's context clears the reply or an <c>except</c> phrase of the
    /// rule sits in the sentence.</item>
    /// </list>
    /// A sentence counts as flagged when its probability reaches the tag's threshold, chosen per tag on the dev split.
    /// </summary>
    public RuleHit? WithModel(ReplyRule rule, RuleHit? hit)
    {
        var tag = Model?.TagIndex(rule.ModelTag) ?? -1;
        if (tag < 0 || rule is MissingElementRule)
        {
            return hit;
        }

        var model = Model!;
        List<(int Sentence, float Probability)>? flagged = null;
        for (var s = 0; s < model.SentenceCount; s++)
        {
            if (model.CanJudge(s) && model.Carries(s, tag) && !(_exceptions?.Contains((rule.Descriptor.Id, s)) ?? false))
            {
                (flagged ??= []).Add((s, model.Probability(s, tag)));
            }
        }

        return flagged is null ? hit : Fuse(rule, hit, tag, flagged);
    }

    // The model flagged sentences for the rule (kept apart from WithModel, which runs for every rule, so that the
    // work and allocations below happen only when it did).
    private RuleHit? Fuse(ReplyRule rule, RuleHit? hit, int tag, List<(int Sentence, float Probability)> flagged)
    {
        var model = Model!;

        // The model alone may add sentences only where the rule's context does not clear the reply.
        var mayStandAlone = rule.AllowsModelFinding(this);
        var strongest = flagged.MaxBy(f => f.Probability);
        if (hit is null)
        {
            return mayStandAlone
                ? new RuleHit([.. flagged.Select(f => model.Range(f.Sentence))], strongest.Probability)
                {
                    Source = FindingSource.Model,
                    ModelEvidence = model.Evidence(strongest.Sentence, tag),
                }
                : null;
        }

        var agreeing = flagged.Where(f => hit.Ranges.Any(r => r.Start < model.Range(f.Sentence).End && model.Range(f.Sentence).Start < r.End)).ToList();
        var others = mayStandAlone ? flagged.Where(f => !agreeing.Contains(f)).Select(f => model.Range(f.Sentence)).ToList() : [];
        if (agreeing.Count == 0 && others.Count == 0)
        {
            return hit;
        }

        // Both found the rule broken: the phrases' spans plus the model's other sentences; where they agree on a
        // sentence the confidence combines, else the phrases' confidence stands. The evidence is the model's best sentence.
        var best = agreeing.Count > 0 ? agreeing.MaxBy(f => f.Probability) : strongest;
        return hit with
        {
            Ranges = TextRanges.Merge([.. hit.Ranges, .. others]),
            Confidence = agreeing.Count > 0 ? Math.Min(0.99, 1 - ((1 - hit.Confidence) * (1 - best.Probability))) : hit.Confidence,
            Source = FindingSource.Both,
            ModelEvidence = model.Evidence(best.Sentence, tag),
        };
    }

    /// <summary>
    /// The hit of a "missing" rule when its element was not found. The model looked too (it would have added the
    /// element), so it agrees: <see cref="FindingSource.Both"/>, and the confidence drops as the model comes closer to
    /// seeing the element somewhere.
    /// </summary>
    public RuleHit MissingHit(MissingElementRule rule)
    {
        var tag = Model?.TagIndex(rule.ModelTag) ?? -1;
        return tag < 0
            ? new RuleHit([], MissingConfidence)
            : new RuleHit([], MissingConfidence * (1 - (Model!.Max(tag) / 2))) { Source = FindingSource.Both };
    }

    // The model finds elements written in ways no phrase list holds. A sentence that does something the guide warns
    // against (by the phrases or by the model) is not credited with an element: "lamentamos que no leyera…" is blame,
    // not an apology; nor is a sentence holding one of the rule's `vague` phrases ("in due course" is no when) or its
    // `except` phrases ("gracias a la revisión…" is a cause, not thanks). Where
    // the phrases found the element in a sentence the model also credits, both agree.
    private void AddModelElements(List<FoundElement> elements)
    {
        if (Model is not { } model)
        {
            return;
        }

        var tokens = Text.Tokens;
        var sentences = model.SentenceCount;
        var flags = sentences <= 256 ? stackalloc bool[2 * sentences] : new bool[2 * sentences];
        var withProblems = flags[..sentences];
        var vague = flags[sentences..];
        foreach (var n in _matches)
        {
            if (IsProblemSection(Data.Sections[n.Section]))
            {
                withProblems[tokens[n.FirstToken].Sentence] = true;
            }
        }

        Span<int> problemTags = stackalloc int[ProblemModelTags.Length];
        for (var i = 0; i < problemTags.Length; i++)
        {
            problemTags[i] = model.TagIndex(ProblemModelTags[i]);
        }

        for (var s = 0; s < sentences; s++)
        {
            if (!model.CanJudge(s))
            {
                continue;
            }

            foreach (var t in problemTags)
            {
                withProblems[s] |= t >= 0 && model.Carries(s, t);
            }
        }

        foreach (var rule in RuleSet.Elements)
        {
            var tag = model.TagIndex(rule.ModelTag);
            if (tag < 0)
            {
                continue;
            }

            var vagueSection = Data.SectionId(rule.Descriptor.Id, "vague");
            vague.Clear();
            foreach (var m in _matches)
            {
                if (m.Section == vagueSection)
                {
                    vague[tokens[m.FirstToken].Sentence] = true;
                }
            }

            for (var s = 0; s < sentences; s++)
            {
                if (withProblems[s] || vague[s] || (_exceptions?.Contains((rule.Descriptor.Id, s)) ?? false) || !model.Carries(s, tag))
                {
                    continue;
                }

                var range = model.Range(s);
                var probability = model.Probability(s, tag);
                var found = IndexOfOverlapping(elements, rule.Element, range);
                if (found >= 0)
                {
                    var phrase = elements[found];
                    elements[found] = phrase with { Confidence = Math.Round(Math.Min(0.99, 1 - ((1 - phrase.Confidence) * (1 - probability))), 3), Source = FindingSource.Both };
                }
                else
                {
                    elements.Add(new FoundElement(rule.Element, range, Math.Round(probability, 3), FindingSource.Model));
                }
            }
        }
    }

    private static int IndexOfOverlapping(List<FoundElement> elements, ReplyElementKind kind, TextRange range)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i].Kind == kind && elements[i].Range.Start < range.End && range.Start < elements[i].Range.End)
            {
                return i;
            }
        }

        return -1;
    }

    // Phrases of the tone and deflection rules (other than their helper lists) mark text that cannot also count
    // as a good element: "lamentamos que no leyera las condiciones" is blame, not an apology.
    private static bool IsProblemSection(PhraseSection section) =>
        (section.File.StartsWith("RQ1", StringComparison.Ordinal) || section.File.StartsWith("RQ2", StringComparison.Ordinal))
        && section.Name is not ("help-offer" or "except");

    private static bool FindSpecificLink(ReplyText text)
    {
        foreach (var link in text.Links)
        {
            var address = text.Original.AsSpan(link.Start, link.Length);
            if (address.Contains('@') && !address.Contains('/'))
            {
                continue; // an e-mail address
            }

            var scheme = address.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0)
            {
                address = address[(scheme + 3)..];
            }

            var slash = address.IndexOf('/');
            if (slash < 0)
            {
                continue;
            }

            var path = address[(slash + 1)..].Trim('/');
            if (path.Length >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
