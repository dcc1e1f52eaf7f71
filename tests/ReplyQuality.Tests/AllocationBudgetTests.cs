namespace ReplyQuality.Tests;

/// <summary>
/// The per-keystroke budget of issue 7: a typical reply through the full engine (rules and model) allocates at
/// most 8 KB once warm. Allocation is counted, not timed, so the test is deterministic; time is measured with
/// BenchmarkDotNet in benchmarks/.
/// </summary>
public sealed class AllocationBudgetTests
{
    private const long Budget = 8 * 1024;

    [Theory]
    [InlineData("en", "Hi Sam, I'm really sorry your refund is taking this long, and I understand how frustrating it is to be out of pocket. The delay was caused by a fault in our payment system last week. I've now processed the refund manually and you'll see it in your account within 3 working days. Thank you.")]
    [InlineData("es", "Hola Marta, sentimos mucho el retraso con su pedido y entendemos lo frustrante que es esperar un regalo. El problema se debió a una incidencia en nuestro almacén. Le enviamos hoy mismo un pedido nuevo por mensajería urgente y lo recibirá mañana, sin coste. Gracias por su paciencia.")]
    [InlineData("en", "Please check our FAQ, the courier is to blame for this, it's in your contract. Thanks.")]
    public void A_typical_reply_allocates_at_most_8_KB(string language, string reply)
    {
        var analyzer = ReplyAnalyzer.CreateDefault();
        var draft = new ReplyDraft(reply) { CustomerMessage = language == "es" ? "Mi pedido no llega y nadie me contesta" : "My order has not arrived and nobody answers" };
        for (var i = 0; i < 300; i++)
        {
            analyzer.Analyze(draft);
        }

        const int Runs = 200;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Runs; i++)
        {
            analyzer.Analyze(draft);
        }

        var perReply = (GC.GetAllocatedBytesForCurrentThread() - before) / Runs;
        Assert.True(perReply <= Budget, $"{perReply} bytes per reply ({language}); the budget is {Budget}");
    }
}
