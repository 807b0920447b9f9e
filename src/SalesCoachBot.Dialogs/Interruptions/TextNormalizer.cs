using System.Text;

namespace SalesCoachBot.Dialogs.Interruptions;

/// <summary>
/// Brings typed answers to one form before matching: full-width letters, digits and spaces become
/// their ASCII forms (NFKC), case is folded, blanks are trimmed and collapsed, and trailing sentence
/// punctuation ("取消。", "yes!") is dropped.
/// </summary>
internal static class TextNormalizer
{
    private static readonly char[] TrailingPunctuation = ['.', '!', '?', '。', '！', '？', '~', '～', ',', '，'];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var collapsed = string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var trimmed = collapsed.TrimEnd(TrailingPunctuation).TrimEnd();
        // "?" on its own is a question for help, not punctuation to strip.
        return trimmed.Length == 0 ? collapsed : trimmed;
    }
}
