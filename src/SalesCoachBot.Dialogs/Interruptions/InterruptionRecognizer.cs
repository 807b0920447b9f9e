using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Interruptions;

/// <summary>
/// Recognizes the commands that work in every dialog. Both languages' words are accepted whatever
/// the user's locale: people switch keyboards. Only a whole message is a command, so "取消订单的原因"
/// is still an answer.
/// </summary>
internal static class InterruptionRecognizer
{
    private static readonly Dictionary<string, Interruption> Words = new(StringComparer.Ordinal)
    {
        ["取消"] = Interruption.Cancel,
        ["cancel"] = Interruption.Cancel,
        ["退出"] = Interruption.Cancel,
        ["quit"] = Interruption.Cancel,
        ["帮助"] = Interruption.Help,
        ["help"] = Interruption.Help,
        ["?"] = Interruption.Help,
        ["返回"] = Interruption.Back,
        ["back"] = Interruption.Back,
        ["上一步"] = Interruption.Back,
        ["重新开始"] = Interruption.Restart,
        ["restart"] = Interruption.Restart,
        ["start over"] = Interruption.Restart,
        ["重来"] = Interruption.Restart,
    };

    public static Interruption Recognize(Activity activity)
    {
        if (!string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            return Interruption.None;
        }

        var text = TextNormalizer.Normalize(activity.TextWithoutBotMention());
        return Words.GetValueOrDefault(text, Interruption.None);
    }
}
