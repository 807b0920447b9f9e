using System.Text;

namespace SalesCoachBot.Protocol.Auth;

/// <summary>
/// Makes a string that a caller chose (a token claim, an activity field) safe to put in a log line or
/// a refusal reason: at most a given length, with control characters replaced, so that a forged
/// request can neither flood the log nor forge log lines.
/// </summary>
public static class UntrustedText
{
    /// <summary>The default longest part of a value that is kept.</summary>
    public const int DefaultMaxLength = 80;

    /// <summary>
    /// The value cut to <paramref name="maxLength"/> characters (marked with <c>…</c> when cut), with
    /// control and format characters replaced by <c>?</c>; <c>(none)</c> for null.
    /// </summary>
    public static string Bound(string? value, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (value is null)
        {
            return "(none)";
        }

        var cut = value.Length > maxLength;
        var kept = cut ? value.AsSpan(0, maxLength) : value.AsSpan();
        var builder = new StringBuilder(kept.Length + 1);
        foreach (var c in kept)
        {
            var category = char.GetUnicodeCategory(c);
            builder.Append(char.IsControl(c)
                || category is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LineSeparator
                    or System.Globalization.UnicodeCategory.ParagraphSeparator
                    or System.Globalization.UnicodeCategory.Surrogate
                ? '?'
                : c);
        }

        if (cut)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }
}
