namespace ReplyQuality.Benchmarks;

/// <summary>
/// A deterministic corpus of agent replies for throughput and scaling runs: replies assembled from realistic Spanish
/// and English sentences, good and bad, ≈ 250 characters each (the same recipe as samples/ScaleOut/make-replies.py).
/// </summary>
internal static class Corpus
{
    private static readonly string[] Spanish =
    [
        "Lamentamos mucho el retraso de su pedido.", "Entiendo lo molesto que es esperar tanto.",
        "El envío se quedó retenido en el almacén por un error de etiquetado.", "Le enviamos uno nuevo hoy sin coste.",
        "Lo recibirá mañana antes de las 14:00.", "Consulte nuestra web, allí está todo explicado.",
        "La culpa es de la empresa de mensajería.", "Como ya le dijimos, el plazo es de 15 días.",
        "Según las condiciones que aceptó, no procede el reembolso.", "Lo revisaremos y le diremos algo.",
        "Ya hemos devuelto el importe a su tarjeta.", "No es para tanto, son solo dos días.",
    ];

    private static readonly string[] English =
    [
        "I'm really sorry your refund is taking this long.", "I understand how frustrating that must be.",
        "The delay was caused by a fault in our payment system.", "I've refunded the full amount today.",
        "It will reach your account within 3 working days.", "Please check our FAQ for more information.",
        "The courier is to blame for this, not us.", "As I already told you, we can't do anything.",
        "As stated in our terms, damage must be reported within 48 hours.", "We'll look into it and get back to you.",
        "A replacement is on its way.", "It's just a small delay, nothing to worry about.",
    ];

    /// <summary><paramref name="count"/> replies, half Spanish and half English, the same on every run.</summary>
    public static ReplyDraft[] Replies(int count)
    {
        var random = new Random(20261126);
        var drafts = new ReplyDraft[count];
        for (var i = 0; i < count; i++)
        {
            var sentences = i % 2 == 0 ? Spanish : English;
            var picked = sentences.OrderBy(_ => random.Next()).Take(random.Next(3, 6));
            drafts[i] = new ReplyDraft((i % 2 == 0 ? "Hola, " : "Hi, ") + string.Join(' ', picked))
            {
                CustomerMessage = random.Next(5) == 0 ? null : (i % 2 == 0 ? "Mi pedido no llega" : "My order never arrived"),
            };
        }

        return drafts;
    }

    /// <summary>A reply of about <paramref name="length"/> characters made of whole sentences (for scaling runs).</summary>
    public static string OfLength(int length, string language)
    {
        var sentences = language == "es" ? Spanish : English;
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(sentences[i % sentences.Length]).Append(' ');
        }

        return text.ToString(0, Math.Min(text.Length, length));
    }
}
