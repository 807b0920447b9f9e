using SalesCoachBot.Dialogs.Interruptions;
using SalesCoachBot.Dialogs.Resources;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question with Yes and No buttons; also understands typed answers in either language
/// (是/否/对/不…, yes/no/y/n…). Ends with a <see cref="bool"/>.
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private const string YesValue = "yes";
    private const string NoValue = "no";

    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "是", "是的", "对", "对的", "好", "好的", "可以", "行", "嗯", "确定", "确认", "没错",
        "yes", "y", "yeah", "yep", "ok", "okay", "sure", "true",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "否", "不", "不是", "不对", "不要", "不用", "不行", "没有", "不可以",
        "no", "n", "nope", "false",
    };

    private protected override PromptRecognition<bool> Recognize(DialogContext dc, PromptState state)
    {
        var answer = CardActionData.Read(dc.Context.Activity)?.Choice
            ?? (dc.Context.Activity.Type == ActivityTypes.Message ? TextNormalizer.Normalize(dc.Context.Activity.TextWithoutBotMention()) : string.Empty);
        if (answer == YesValue || YesWords.Contains(answer))
        {
            return new PromptRecognition<bool>(true, true);
        }

        return answer == NoValue || NoWords.Contains(answer) ? new PromptRecognition<bool>(true, false) : new PromptRecognition<bool>(false, default);
    }

    private protected override string RetryText(DialogTexts texts) => texts.RetryConfirm;

    private protected override AdaptiveCard BuildCard(DialogContext dc, PromptOptions options, PromptState state) => new()
    {
        Body = [new TextBlock(options.Prompt ?? string.Empty)],
        Actions =
        [
            new CardActionData { Choice = YesValue }.ToSubmit(dc.Texts.Yes),
            new CardActionData { Choice = NoValue }.ToSubmit(dc.Texts.No),
        ],
        FallbackText = options.Prompt,
    };
}
