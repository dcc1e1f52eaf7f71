using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReplyQuality.Tests.Content;

/// <summary>Invariants of reading Markdown, HTML, quoted mail, signatures and placeholders, one line each.</summary>
public sealed class ContentProperties
{
    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<br>", "<div>", "</div>", "<b>", "</b>", "<a href=\"https://help.example.com/a/b\">", "</a>", "<blockquote>",
        "</blockquote>", "<script>", "</script>", "<!--", "-->", "<style>p{}</style>", "&amp;", "&#39;", "&eacute;", "&nbsp;",
        "&lt;", "&gt;", "&#x1F600;", "&bogus;", "**", "*", "_", "__", "`", "```\n", "\n```\n", "# ", "\n> ", "[link](https://x.es/a/b)",
        "](", "[", "]", "![img](a.png)", "{{ticket.id}}", "{% if x %}", "{% endif %}", "%FIRST_NAME%", "[Customer Name]",
        "[INSERT REASON]", "<insert date>", "TODO: fix", "XXX", "\n-- \n", "\nBest regards,\nPriya\n", "\nOn Mon, Sam wrote:\n",
        "Sorry for the delay", "you are idiots", "LO SENTIMOS", "gracias", "check our website", "\n", "\r\n", " ", "\u034F", "e\u0301",
        "\uD83D\uDE00", "\uD800",
    ];

    private static readonly ReplyFormat[] Formats = [ReplyFormat.Auto, ReplyFormat.PlainText, ReplyFormat.Markdown, ReplyFormat.Html];

    /// <summary>Markdown- and HTML-ish text: markup, entities, placeholders and prose fragments with random text between.</summary>
    public static Arbitrary<string> Replies() =>
        Gen.OneOf(
                Gen.Elements(Fragments),
                Gen.Elements(Fragments),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(Arbitrary = [typeof(ContentProperties)], MaxTest = 1500)]
    public bool Every_span_maps_back_into_the_original_text(string reply, byte format)
    {
        var a = Analyzers.Default.Analyze(new ReplyDraft(reply) { Format = Formats[format % Formats.Length] });
        return a.Findings.SelectMany(f => f.Spans).Concat(a.Elements.Select(e => e.Span))
            .All(s => s.Start >= 0 && s.Length >= 0 && s.Start + s.Length <= reply.Length && reply.Substring(s.Start, s.Length) == s.Text);
    }

    [Property(MaxTest = 300)]
    public bool Placeholders_in_capitals_never_shout(NonEmptyString name, byte syntax, bool spanish)
    {
        var word = new string([.. name.Get.Where(char.IsAsciiLetter).Take(20)]).ToUpperInvariant();
        var variable = word.Length < 2 ? "FIRST_NAME" : word + "_NAME";
        var placeholder = (syntax % 5) switch
        {
            0 => "{{" + variable + "}}",
            1 => "%" + variable + "%",
            2 => "{" + variable + "}",
            3 => "[" + variable.Replace('_', ' ') + "]",
            _ => "{% IF " + variable + " %}",
        };
        var reply = spanish
            ? $"Hola {placeholder}, sentimos mucho el retraso {placeholder}. Su pedido sale hoy. Gracias."
            : $"Hi {placeholder}, we're very sorry about the delay {placeholder}. Your order ships today. Thanks.";
        return !Analyzers.Analyze(reply, spanish ? "es" : "en").RuleIds().Contains("RQ102");
    }

    private static readonly string[] Insults = ["You are useless idiots and liars.", "Sois unos inútiles y unos ladrones.", "What a pathetic, incompetent shower of clowns."];

    [Property(MaxTest = 200)]
    public bool A_quoted_customer_insult_never_raises_hostile_tone(byte insult, byte wrapping, bool spanish)
    {
        var said = Insults[insult % Insults.Length];
        var prose = spanish ? "Sentimos mucho el retraso; su pedido sale hoy." : "We're very sorry about the delay; your order ships today.";
        var reply = (wrapping % 4) switch
        {
            0 => $"{prose}\n\n> {said}\n> {said}",
            1 => $"{prose}\n\nOn Mon, 3 Mar 2026 at 10:15, Sam <sam@example.com> wrote:\n{said}\n{said}",
            2 => $"{prose}\n\nEl lun, 3 mar 2026 a las 10:15, Ana <ana@example.com> escribió:\n{said}",
            _ => $"<p>{prose}</p><blockquote><p>{said}</p></blockquote>",
        };
        return !Analyzers.Analyze(reply, spanish ? "es" : "en").RuleIds().Contains("RQ101");
    }

    private static readonly string[] Bodies =
    [
        "Sorry for the delay, your order ships today.",
        "We've refunded you. Thanks for your patience.",
        "The courier lost it. Nothing we can do.",
        "Lamentamos el retraso. Le enviamos hoy un pedido nuevo.",
        "Gracias por escribirnos, lo revisamos.",
        "Check our website.",
    ];

    private static readonly string[] Signatures =
    [
        "\n\n-- \nPriya Shah\nCustomer Care | ACME Ltd.\nTel. +44 20 7946 0000",
        "\n\nBest regards,\nPriya\nSupport Team",
        "\n\nUn saludo,\nAna Pérez\nAtención al cliente\nwww.acme.es",
        "\n\nKind regards,\nSam\nSorry, Thanks & Apologies Dept.",
    ];

    [Property(MaxTest = 200)]
    public bool A_signature_never_changes_what_is_missing(byte body, byte signature)
    {
        var text = Bodies[body % Bodies.Length];
        var signed = text + Signatures[signature % Signatures.Length];
        return Missing(text) == Missing(signed);

        static string Missing(string reply) => string.Join(",", Analyzers.Analyze(reply).RuleIds().Where(id => id.StartsWith("RQ3", StringComparison.Ordinal)));
    }

    [Property(MaxTest = 300)]
    public bool Entities_and_tags_inside_a_span_still_give_the_original_substring(byte insult, byte entity, byte tag)
    {
        string[] phrases = ["your own fault", "check our website", "you should have read the terms", "la culpa es suya"];
        string[] entities = ["&#39;", "&amp;", "&eacute;", "&nbsp;", "&rsquo;"];
        string[] tags = ["<b>", "</b>", "<em>", "<span class=\"x\">", "</span>", "<br>"];
        var phrase = phrases[insult % phrases.Length];
        var cut = phrase.IndexOf(' ', StringComparison.Ordinal);
        var reply = "<p>Honestly, that" + entities[entity % entities.Length] + "s " + phrase[..cut] + tags[tag % tags.Length] + phrase[cut..] + ".</p>";
        var a = Analyzers.Default.Analyze(new ReplyDraft(reply) { Format = ReplyFormat.Html });
        return a.Findings.SelectMany(f => f.Spans).All(s => reply.Substring(s.Start, s.Length) == s.Text);
    }
}
