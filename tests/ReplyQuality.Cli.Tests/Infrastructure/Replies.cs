using System.Text.Json.Nodes;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Canned replies the tests write on the fly. The "complete" ones have no findings at all in the library's own tests
/// (CompletenessTests); the others are the rules' own bad examples (Languages/&lt;lang&gt;/RQxxx.txt), on which the
/// rule must fire.
/// </summary>
internal static class Replies
{
    public const string CompleteEn =
        "Hi Sam, I'm really sorry your refund is taking this long, and I understand how frustrating it is to be out of pocket. The delay was caused by a fault in our payment system last week. I've now processed the refund manually and you'll see it in your account within 3 working days. Thank you for your patience.";

    public const string CompleteEn2 =
        "Hello Priya, we apologise for the double charge on your card, and I can imagine how worrying that was. It happened because of a bug in our checkout that we've now fixed. I've refunded the extra payment today; it will reach your card within 5 business days. Thanks for letting us know.";

    public const string CompleteEs =
        "Hola Marta, sentimos mucho el retraso con su pedido y entendemos lo frustrante que es esperar un regalo. El problema se debió a una incidencia en nuestro almacén de Zaragoza. Le enviamos hoy mismo un pedido nuevo por mensajería urgente y lo recibirá mañana antes de las 14:00, sin coste. Gracias por su paciencia y por avisarnos.";

    public const string CompleteEs2 =
        "Buenas tardes, Jorge. Te pido disculpas por el corte de fibra de ayer; entiendo perfectamente tu malestar, trabajas desde casa. La avería se produjo por una obra en la calle que dañó el cableado. Nuestro técnico ya la ha reparado y te abonaremos 10 € en la próxima factura, que verás en los próximos 5 días. Muchas gracias por tu comprensión.";

    /// <summary>RQ205 blames-customer (error).</summary>
    public const string BlamesCustomerEn = "You should have read the terms before ordering.";

    /// <summary>RQ203 website-deflection (warning); no apology, so RQ301 missing-apology too.</summary>
    public const string FaqEn = "Thank you for your message. Please check our FAQ for information about delivery times.";

    /// <summary>RQ203 website-deflection (warning), in Spanish.</summary>
    public const string FaqEs = "Buenos días. Toda la información sobre devoluciones está en nuestra web, en el apartado de preguntas frecuentes.";

    /// <summary>RQ201 blames-third-party (warning).</summary>
    public const string CourierEs = "La culpa es de la empresa de mensajería, nosotros enviamos su pedido a tiempo. Tendrá que reclamar directamente a la mensajería.";

    /// <summary>A bare reply: RQ301, RQ302, RQ303 and RQ306 when read as a reply to a complaint.</summary>
    public const string BareEn = "Your order is out for delivery.";

    /// <summary>A mix of good and bad replies in both languages, for stdin runs.</summary>
    public static readonly (string Language, string Text)[] Pool =
    [
        ("en", CompleteEn),
        ("es", CourierEs),
        ("en", BlamesCustomerEn),
        ("es", CompleteEs),
        ("en", FaqEn),
        ("es", FaqEs),
        ("en", CompleteEn2),
        ("es", CompleteEs2),
    ];

    /// <summary>One JSONL input record.</summary>
    public static string Record(string id, string language, string text) =>
        new JsonObject { ["id"] = id, ["language"] = language, ["text"] = text }.ToJsonString();
}
