using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// One question of a practice session (练习 / practice): ask, grade and give feedback, then replace
/// itself with the next question's instance — or end with the summary. Each answer is committed
/// with its turn, so a crash or a cancel loses nothing already answered.
/// </summary>
internal sealed class PracticeDialog : WaterfallDialog
{
    public const string DialogId = "practice";
    public const string AnswerPromptId = "practice.answer";
    public const string NextPromptId = "practice.next";

    public PracticeDialog(PracticeSteps steps)
        : base(DialogId, [steps.AskAsync, steps.GradeAsync, steps.ContinueAsync]) =>
        Help = culture => PracticeText.Get("Practice.Help", culture);

    /// <summary>An answer, once graded, is in the learner's history: "back" would grade it twice.</summary>
    public override bool CanStepBack(DialogInstance instance) => false;
}
