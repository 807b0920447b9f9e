namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>How a <see cref="ChoicePrompt"/> shows its options.</summary>
public enum ChoiceStyle
{
    /// <summary>One <c>Action.Submit</c> button per option (few, short options).</summary>
    Buttons,

    /// <summary>An <c>Input.ChoiceSet</c> and a submit button (many or long options).</summary>
    ChoiceSet,
}
