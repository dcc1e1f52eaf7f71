using System.Collections.Concurrent;

namespace ReplyQuality.Tests.Hardening;

/// <summary>One analyzer shared by many threads gives exactly what it gives on one; batches stop promptly when cancelled.</summary>
public sealed class ConcurrencyTests
{
    private static readonly ReplyDraft[] Mixed = BuildMixed();

    [Fact]
    public void Sixteen_threads_and_ten_thousand_mixed_calls_give_the_sequential_results()
    {
        var analyzer = ReplyAnalyzer.CreateDefault(); // a fresh one: languages and the model load under contention
        const int Calls = 10_000;
        var results = new string[Calls];
        using var start = new Barrier(16);
        var errors = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (var i = t; i < Calls; i += 16)
                {
                    var draft = Mixed[i % Mixed.Length];
                    results[i] = (i % 3) switch
                    {
                        0 => BatchTests.Fingerprint(analyzer.Analyze(draft)),
                        1 => BatchTests.Fingerprint(analyzer.AnalyzeMany([draft]).Single()),
                        _ => BatchTests.Fingerprint(analyzer.AnalyzeManyAsync(One(draft)).ToBlockingEnumerable().Single()),
                    };
                }
            }
#pragma warning disable CA1031 // collected and reported below
            catch (Exception e)
#pragma warning restore CA1031
            {
                errors.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(errors);
        var sequential = ReplyAnalyzer.CreateDefault();
        var expected = Mixed.Select(d => BatchTests.Fingerprint(sequential.Analyze(d))).ToArray();
        for (var i = 0; i < Calls; i++)
        {
            Assert.Equal(expected[i % Mixed.Length], results[i]);
        }
    }

    [Fact]
    public async Task Cancelling_an_async_batch_stops_it_while_it_waits_for_the_next_reply()
    {
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var run = Task.Run(async () =>
        {
            await foreach (var _ in Analyzers.Default.AnalyzeManyAsync(Slow(cts.Token), cts.Token))
            {
                if (++seen == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });

        // The source would wait an hour for its next reply: cancellation must not wait for it.
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(run, finished);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(2, seen);
    }

    [Fact]
    public void A_cancelled_token_stops_a_batch_before_the_first_reply()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => Analyzers.Default.AnalyzeMany(Mixed, cts.Token).ToList());
    }

    private static async IAsyncEnumerable<ReplyDraft> Slow([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
    {
        for (var i = 0; ; i++)
        {
            yield return Mixed[i % Mixed.Length];
            if (i >= 1)
            {
                await Task.Delay(TimeSpan.FromHours(1), token);
            }
        }
    }

    private static async IAsyncEnumerable<ReplyDraft> One(ReplyDraft draft)
    {
        await Task.Yield();
        yield return draft;
    }

    private static ReplyDraft[] BuildMixed()
    {
        string[] replies =
        [
            "Consulte nuestra web, la culpa es del transportista.",
            "Hi Sam, I'm really sorry your refund is taking this long. I've processed it manually and you'll see it within 3 working days. Thank you.",
            "Según la cláusula 7 de su contrato no podemos hacer nada. ES UNA DECISIÓN DE LA DIRECCIÓN!!!",
            "Well, maybe next time you could read the terms before you sign them.",
            "Sentimos mucho el retraso con su pedido; le enviamos hoy uno nuevo y lo recibirá mañana. Gracias por su paciencia.",
            "As I already told you, there is nothing I can do: it is company policy.",
            string.Concat(Enumerable.Repeat("We apologise for the delay, the courier lost it. ", 60)),
            "\uD83D\uDE00\u200B\u202E gracias \uD800",
            string.Empty,
        ];
        string?[] customers = [null, "Mi pedido no llega", "Where is my refund??", "Great service, thanks!"];
        return [.. replies.SelectMany((r, i) => customers.Select(c => new ReplyDraft(r) { CustomerMessage = c, Language = i % 4 == 0 ? null : i % 2 == 0 ? "es" : null }))];
    }
}
