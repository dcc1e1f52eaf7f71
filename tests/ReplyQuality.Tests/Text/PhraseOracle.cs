using ReplyQuality.Matching;
using ReplyQuality.Text;

namespace ReplyQuality.Tests.Text;

/// <summary>
/// The phrase syntax's meaning written the slow, obvious way: every word sequence a phrase stands for, each tried at
/// every word of a text. The matcher's word graph must find exactly what this finds.
/// </summary>
internal static class PhraseOracle
{
    /// <summary>The word sequences of a phrase, trailing wildcards dropped, as sorted distinct strings.</summary>
    public static List<string> Sequences(PhrasePart phrase) =>
        [.. Expand(phrase).Select(Trim).Select(s => string.Join(' ', s.Select(Show))).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every (phrase list, first token, end token) the phrases match in a text, sorted.</summary>
    public static List<PhraseMatch> Matches(IReadOnlyList<(PhrasePart Phrase, int Section)> phrases, ReplyText text)
    {
        var found = new HashSet<PhraseMatch>();
        foreach (var (phrase, section) in phrases)
        {
            foreach (var sequence in Expand(phrase).Select(Trim))
            {
                foreach (var s in text.Sentences)
                {
                    for (var start = s.FirstToken; start < s.EndToken; start++)
                    {
                        foreach (var end in Ends(sequence, 0, text, start, s.EndToken))
                        {
                            found.Add(new PhraseMatch(section, start, end));
                        }
                    }
                }
            }
        }

        return [.. found.OrderBy(m => m.FirstToken).ThenBy(m => m.EndToken).ThenBy(m => m.Section)];
    }

    private static IEnumerable<PhraseAtom[]> Expand(PhrasePart part) => part switch
    {
        PhraseAtomPart a => [[a.Atom]],
        PhraseSequence s => s.Parts.Aggregate((IEnumerable<PhraseAtom[]>)[[]], (acc, p) => acc.SelectMany(l => Expand(p).Select(r => l.Concat(r).ToArray()))),
        PhraseChoice c => c.Alternatives.SelectMany(Expand),
        _ => throw new InvalidOperationException(),
    };

    private static PhraseAtom[] Trim(PhraseAtom[] sequence)
    {
        var end = sequence.Length;
        while (end > 1 && sequence[end - 1].IsWildcard)
        {
            end--;
        }

        return sequence[..end];
    }

    private static IEnumerable<int> Ends(PhraseAtom[] sequence, int i, ReplyText text, int at, int end)
    {
        if (i == sequence.Length)
        {
            yield return at;
            yield break;
        }

        var atom = sequence[i];
        if (atom.Kind == PhraseAtomKind.Gap)
        {
            for (var skip = 0; skip <= PhrasePattern.MaxGap && at + skip < end; skip++)
            {
                foreach (var e in Ends(sequence, i + 1, text, at + skip, end))
                {
                    yield return e;
                }
            }

            yield break;
        }

        if (at >= end)
        {
            yield break;
        }

        var word = text.Word(at).ToString();
        var ok = atom.Kind switch
        {
            PhraseAtomKind.Word => word == atom.Text,
            PhraseAtomKind.Prefix => word.StartsWith(atom.Text!, StringComparison.Ordinal),
            PhraseAtomKind.Any => true,
            PhraseAtomKind.Number => text.Tokens[at].Has(TokenFlags.Number),
            _ => false,
        };
        if (ok)
        {
            foreach (var e in Ends(sequence, i + 1, text, at + 1, end))
            {
                yield return e;
            }
        }
    }

    private static string Show(PhraseAtom atom) => atom.Kind switch
    {
        PhraseAtomKind.Word => atom.Text!,
        PhraseAtomKind.Prefix => atom.Text + "*",
        PhraseAtomKind.Any => "*",
        PhraseAtomKind.Gap => "**",
        _ => "<num>",
    };
}
