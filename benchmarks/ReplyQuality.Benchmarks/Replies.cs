namespace ReplyQuality.Benchmarks;

/// <summary>Replies of the three lengths the benchmarks use, in both languages.</summary>
internal static class Replies
{
    public static readonly IReadOnlyDictionary<string, string> ByName = new Dictionary<string, string>
    {
        ["es-short"] = "Consulte nuestra web, la culpa es del transportista. Gracias.",
        ["en-short"] = "Please check our FAQ, the courier is to blame for this. Thanks.",
        ["es-typical"] = "Hola Marta, sentimos mucho el retraso con su pedido y entendemos lo frustrante que es esperar un regalo. El problema se debió a una incidencia en nuestro almacén. Le enviamos hoy mismo un pedido nuevo por mensajería urgente y lo recibirá mañana, sin coste. Gracias por su paciencia.",
        ["en-typical"] = "Hi Sam, I'm really sorry your refund is taking this long, and I understand how frustrating it is to be out of pocket. The delay was caused by a fault in our payment system last week. I've now processed the refund manually and you'll see it in your account within 3 working days. Thank you.",
        ["es-long"] = string.Concat(Enumerable.Repeat("Estimado cliente, según la cláusula 7 de su contrato la permanencia es de doce meses y, como ya le expliqué, no podemos hacer nada: es una decisión de la dirección. Consulte nuestra web para más información. ", 10)),
        ["en-long"] = string.Concat(Enumerable.Repeat("Dear customer, as stated in section 7 of your agreement the minimum term is twelve months and, as I already told you, there is nothing I can do: it is a management decision. Please check our website for details. ", 10)),
    };
}
