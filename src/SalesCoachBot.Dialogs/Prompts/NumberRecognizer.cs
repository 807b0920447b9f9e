using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Finds a number in a typed answer: "1,200" and "1.5" with the culture's separators, full-width
/// digits ("１２"), Chinese numerals ("十二", "两千三百"), and 万/亿 multipliers ("1.5万").
/// </summary>
internal static partial class NumberRecognizer
{
    public static bool TryRecognize(string? text, CultureInfo culture, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim();
        var format = culture.NumberFormat;
        var group = Regex.Escape(format.NumberGroupSeparator);
        var point = Regex.Escape(format.NumberDecimalSeparator);
        var pattern = $@"(?<![\d{group}{point}])[-+]?(?:\d{{1,3}}(?:{group}\d{{3}})+|\d+)(?:{point}\d+)?(?![\d{point}]|{group}\d)(?<unit>\s*[万亿])?";
        var match = Regex.Match(normalized, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        if (match.Success)
        {
            var digits = match.Value[..^match.Groups["unit"].Length];
            if (!decimal.TryParse(digits, NumberStyles.Number, format, out value))
            {
                return false;
            }

            // Dividing by one with many zeros drops the trailing zeros the multiplication added (1.5万 → 15000).
            value = value * Multiplier(match.Groups["unit"].Value.Trim()) / 1.0000000000000000000000000000m;
            return true;
        }

        var chinese = ChineseNumeral().Match(normalized);
        if (chinese.Success)
        {
            value = ParseChinese(chinese.Value);
            return true;
        }

        return false;
    }

    private static decimal Multiplier(string unit) => unit switch
    {
        "万" => 10_000m,
        "亿" => 100_000_000m,
        _ => 1m,
    };

    private static decimal ParseChinese(string text)
    {
        decimal total = 0, section = 0, digit = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '十' or '百' or '千':
                    // "十二" starts with the unit: one ten.
                    section += (digit == 0 ? 1 : digit) * (c == '十' ? 10 : c == '百' ? 100 : 1000);
                    digit = 0;
                    break;
                case '万' or '亿':
                    total = (total + section + digit) * (c == '万' ? 10_000 : 100_000_000);
                    section = 0;
                    digit = 0;
                    break;
                default:
                    digit = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? i : c switch
                    {
                        '〇' => 0,
                        '两' => 2,
                        _ => digit,
                    };
                    break;
            }
        }

        return total + section + digit;
    }

    [GeneratedRegex("[零〇一二两三四五六七八九十百千万亿]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ChineseNumeral();
}
