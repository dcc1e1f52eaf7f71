namespace ReplyQuality.Text;

/// <summary>What is known about a word of the reply beyond its text.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Only digits.</summary>
    Number = 1,

    /// <summary>At least two letters, every letter upper case.</summary>
    AllCaps = 2,

    /// <summary>Inside quotation marks or a quoted e-mail line: the customer's words, not the agent's.</summary>
    Quoted = 4,

    /// <summary>Contains at least one letter.</summary>
    HasLetters = 8,
}

/// <summary>
/// One word of a reply: where it is in the original text, where its normalised form is in
/// <see cref="ReplyText.Normalized"/>, and which sentence and clause it belongs to.
/// </summary>
internal struct Token
{
    /// <summary>Offset of the first UTF-16 code unit in the original text.</summary>
    public int Start;

    /// <summary>Offset one past the last UTF-16 code unit in the original text.</summary>
    public int End;

    /// <summary>Offset of the normalised form in <see cref="ReplyText.Normalized"/>.</summary>
    public int NormStart;

    /// <summary>Length of the normalised form.</summary>
    public int NormLength;

    /// <summary>Index in the vocabulary of the reply's language, or -1 when the word is in none of its phrases.</summary>
    public int WordId;

    /// <summary>Index of the sentence the word is in.</summary>
    public int Sentence;

    /// <summary>Index of the clause (text between commas, semicolons, colons, brackets, sentence ends).</summary>
    public int Clause;

    /// <summary>Number of letters in the word.</summary>
    public int Letters;

    /// <summary>Flags.</summary>
    public TokenFlags Flags;

    /// <summary>Whether a flag is set.</summary>
    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}

/// <summary>A sentence: a run of tokens, and the original text it covers.</summary>
internal readonly record struct Sentence(int FirstToken, int TokenCount, int Start, int End)
{
    /// <summary>One past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
