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

    /// <summary>The elements of a good reply found, in text order.</summary>
    public IReadOnlyList<FoundElement> Elements => _elements;

    /// <summary>Whether the reply contains an element.</summary>
    public bool Has(ReplyElementKind kind) => _elements.Exists(e => e.Kind == kind);

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

    private List<PhraseMatch> KeepAgentsOwnWords(List<PhraseMatch> raw)
    {
        var tokens = Text.Tokens;
        var kept = new List<PhraseMatch>(raw.Count);
        HashSet<(string File, int Sentence)>? exceptions = null;
        foreach (var m in raw)
        {
            if (Data.Sections[m.Section].Name == "except")
            {
                (exceptions ??= []).Add((Data.Sections[m.Section].File, tokens[m.FirstToken].Sentence));
            }
        }

        foreach (var m in raw)
        {
            var section = Data.Sections[m.Section];
            if (section.Name == "except" || IsQuoted(tokens, m) || (IsNegatable(section) && IsNegated(tokens, m.FirstToken)))
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
        var negatives = _matches.Where(m => IsProblemSection(Data.Sections[m.Section])).ToList();
        var elements = new List<FoundElement>();
        foreach (var rule in RuleSet.Elements)
        {
            var ids = rule.Evidence.Select(e => Data.SectionId(e.File, e.Section)).Where(id => id >= 0).ToArray();
            var ranges = new List<TextRange>();
            var confidence = 0.0;
            foreach (var m in _matches)
            {
                if (Array.IndexOf(ids, m.Section) >= 0 && !negatives.Exists(n => n.Section != m.Section && n.Overlaps(m)))
                {
                    ranges.Add(Range(m));
                    confidence = Math.Max(confidence, Data.Sections[m.Section].Confidence);
                }
            }

            foreach (var range in TextRanges.Merge(ranges))
            {
                elements.Add(new FoundElement(rule.Element, range, confidence));
            }
        }

        AddModelElements(elements, negatives);
        elements.Sort(static (a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return elements;
    }

    // Only the tags the model recognises reliably on the held-out sentences (F1 0.6–0.98). Solution, explanation
    // and timeline stay with the phrase lists: the model takes "we'll pass it on to the relevant team" for a fix and
    // "in due course" for a when, which is exactly what those rules exist to catch.
    private static readonly (string Tag, ReplyElementKind Kind)[] ModelElements =
    [
        ("apology", ReplyElementKind.Apology), ("empathy", ReplyElementKind.Empathy), ("thanks", ReplyElementKind.Thanks),
    ];

    // Where those tags sit in the shipped model, resolved once.
    private static readonly Lazy<(int Index, ReplyElementKind Kind)[]> ModelElementIndices = new(
        () => [.. ModelElements.Select(m => (ReplyQuality.Model.SentenceModel.Default.IndexOf(m.Tag), m.Kind)).Where(m => m.Item1 >= 0)],
        LazyThreadSafetyMode.ExecutionAndPublication);

    // The sentence model finds elements written in ways no phrase list holds. A sentence where a tone or
    // deflection phrase matched is left to the phrases ("lamentamos que no leyera…" stays blame, not apology).
    private void AddModelElements(List<FoundElement> elements, List<PhraseMatch> negatives)
    {
        // Only needed where a "missing" rule could fire: a complaint whose phrases left one of these elements out.
        if (!Settings.UseModel || !IsComplaint || Array.TrueForAll(ModelElements, m => elements.Exists(e => e.Kind == m.Kind)))
        {
            return;
        }

        var model = ReplyQuality.Model.SentenceModel.Default;
        var tokens = Text.Tokens;
        var withProblems = new HashSet<int>();
        foreach (var n in negatives)
        {
            withProblems.Add(tokens[n.FirstToken].Sentence);
        }

        foreach (var sentence in Text.Sentences)
        {
            if (sentence.TokenCount == 0 || IsQuotedSentence(tokens, sentence) || withProblems.Contains(tokens[sentence.FirstToken].Sentence))
            {
                continue;
            }

            // Elements already found (by the phrases or an earlier sentence) need nothing from the model.
            var pending = Array.FindAll(ModelElementIndices.Value, m => !elements.Exists(e => e.Kind == m.Kind));
            if (pending.Length == 0)
            {
                break;
            }

            var range = new TextRange(tokens[sentence.FirstToken].Start, tokens[sentence.EndToken - 1].End);
            var vector = ReplyQuality.Model.SentenceFeatures.Featurize(Text.Original[range.Start..range.End]);
            foreach (var (index, kind) in pending)
            {
                var probability = model.Score(vector, index);
                if (probability >= Math.Max(model.Tags[index].Threshold, AnalyzerSettings.ModelElementThreshold))
                {
                    elements.Add(new FoundElement(kind, range, Math.Round(probability, 3), FindingSource.Model));
                }
            }
        }
    }

    private static bool IsQuotedSentence(Span<Token> tokens, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!tokens[t].Has(TokenFlags.Quoted))
            {
                return false;
            }
        }

        return true;
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
