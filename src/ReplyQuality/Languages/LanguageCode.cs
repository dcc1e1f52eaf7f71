namespace ReplyQuality.Languages;

/// <summary>Turns what users write as a language ("ES", "es-MX", "en_GB") into a supported code.</summary>
internal static class LanguageCode
{
    /// <summary>The supported code for <paramref name="value"/>, or <see langword="null"/> when it is not supported.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var cut = trimmed.IndexOfAny(['-', '_']);
        var primary = (cut > 0 ? trimmed[..cut] : trimmed).ToLowerInvariant();
        return LanguageCatalog.IsSupported(primary) ? primary : null;
    }
}
