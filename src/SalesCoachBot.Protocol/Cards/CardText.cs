using System.Text;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// Text that a user typed, made safe for the places a card renders Markdown (a <see cref="TextBlock"/>'s
/// text, a <see cref="Fact"/>'s title and value, a message sent with <c>textFormat: markdown</c>).
/// Every Markdown character is backslash-escaped (CommonMark), so <c>[点我](https://evil.example)</c>
/// shows as those characters, never as a link, and <c>**x**</c> is not bold. Input values, choice
/// titles, button titles and fallback texts are plain text and take the text as it is.
/// </summary>
public static class CardText
{
    // The characters that open or close an inline construct in the Markdown Teams renders.
    private const string Inline = "\\`*_[]()<>#~|!{}";

    /// <summary>The text with its Markdown escaped; an empty string for null.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                EscapeLine(text.AsSpan(lineStart, i - lineStart), escaped);
                if (i < text.Length)
                {
                    escaped.Append(text[i]);
                }

                lineStart = i + 1;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Escapes each argument (user text) and formats them into <paramref name="format"/> (the
    /// product's own text, whose Markdown is kept).
    /// </summary>
    public static string Format(IFormatProvider? provider, string format, params object?[] userValues) =>
        string.Format(provider, format, [.. userValues.Select(v => v is string s ? Escape(s) : v)]);

    // A line may also open a block: "- x", "+ x", "= x" (list items, a heading underline) and
    // "1. x" (a numbered item), whose marker is escaped too.
    private static void EscapeLine(ReadOnlySpan<char> line, StringBuilder escaped)
    {
        var first = 0;
        while (first < line.Length && line[first] is ' ' or '\t')
        {
            first++;
        }

        var digits = first;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        var numberedMarker = digits > first && digits < line.Length && line[digits] == '.' ? digits : -1;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if ((i == first && c is '-' or '+' or '=') || i == numberedMarker || Inline.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }
    }
}
