using System.Globalization;
using System.Resources;

namespace SalesCoachBot.Coaching.Tests.Turns;

/// <summary>A command's words without a resource file: its keywords per language, and its name for every other text.</summary>
internal sealed class CommandTexts(string chineseKeywords, string englishKeywords) : ResourceManager
{
    public override string? GetString(string name, CultureInfo? culture) =>
        !name.EndsWith(".Keywords", StringComparison.Ordinal) ? name
        : culture?.Name == "zh-CN" ? chineseKeywords
        : englishKeywords;
}
