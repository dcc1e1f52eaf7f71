using ReplyQuality;

// Analyses a few replies to unhappy customers with the embedded defaults (no setup, no download) and prints
// the score, the verdict and each finding with the offending words marked.
// Pass your own reply as arguments to analyse it instead: dotnet run --project samples/Quickstart -- "Consulte nuestra web."
var analyzer = ReplyAnalyzer.CreateDefault();

ReplyDraft[] drafts = args.Length > 0
    ? [new ReplyDraft(string.Join(' ', args))]
    :
    [
        new("Consulte nuestra web. La culpa del retraso es de la empresa de mensajería.")
        {
            CustomerMessage = "Llevo dos semanas esperando mi pedido y nadie me contesta.",
        },
        new("Sentimos mucho el retraso, Marta, y entendemos lo frustrante que es. El transportista extravió el paquete; hoy mismo le enviamos uno nuevo sin coste y lo recibirá mañana. Gracias por su paciencia.")
        {
            CustomerMessage = "Mi pedido no ha llegado y era un regalo.",
        },
        new("As stated in section 7 of your agreement, this fee is correct. You should have read the terms. THIS IS NOT OUR FAULT!!!")
        {
            CustomerMessage = "Why was I charged a £40 cancellation fee? This is a rip-off.",
        },
        new("We're so sorry to hear that! Thank you for the kind words.")
        {
            CustomerMessage = "Best pizza I've ever had, thank you so much!",
        },
    ];

foreach (var draft in drafts)
{
    var assessment = analyzer.Analyze(draft);
    Console.WriteLine(new string('─', 78));
    if (draft.CustomerMessage is not null)
    {
        Console.WriteLine($"Customer: {draft.CustomerMessage}");
    }

    Console.WriteLine($"Reply:    {draft.Text}");
    Console.WriteLine($"Score {assessment.Score}/100 · {assessment.Verdict} · language {assessment.Language} · customer message: {assessment.MessageKind}");
    if (assessment.Findings.Count == 0)
    {
        Console.WriteLine("  ✓ nothing to change");
    }

    foreach (var finding in assessment.Findings)
    {
        Console.WriteLine($"  {finding.RuleId} {finding.Name} [{finding.Severity}, {finding.Confidence:0.00}, found by {finding.Source.ToString().ToLowerInvariant()}] {finding.Message}");
        foreach (var span in finding.Spans)
        {
            Console.WriteLine($"      {Mark(draft.Text, span)}");
        }

        Console.WriteLine($"      fix: {finding.Suggestion}");
    }
}

// Shows the reply with the span between »« markers, trimmed to the neighbourhood of the span.
static string Mark(string text, ReplySpan span)
{
    const int context = 25;
    var from = Math.Max(0, span.Start - context);
    var to = Math.Min(text.Length, span.End + context);
    return (from > 0 ? "…" : "") + text[from..span.Start] + "»" + span.Text + "«" + text[span.End..to] + (to < text.Length ? "…" : "");
}
