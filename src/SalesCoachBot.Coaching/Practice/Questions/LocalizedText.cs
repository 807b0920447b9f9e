using System.Globalization;

namespace SalesCoachBot.Coaching.Practice.Questions;

/// <summary>One piece of user-facing course text in the two languages the bot speaks.</summary>
public sealed record LocalizedText(string ZhCn, string EnUs)
{
    public string Get(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        // Every Chinese culture (zh-CN, zh-Hans, zh-TW, zh-SG…) gets the Chinese text: the course is
        // written in Chinese, so it is closer for all of them than English. Any other culture gets
        // English, the bot's second language.
        var wantsChinese = culture.TwoLetterISOLanguageName == "zh";
        var preferred = wantsChinese ? ZhCn : EnUs;
        var other = wantsChinese ? EnUs : ZhCn;

        // The bank validates both texts, but a record built in code may lack one; showing the other
        // language beats showing nothing.
        return string.IsNullOrWhiteSpace(preferred) ? other : preferred;
    }
}
