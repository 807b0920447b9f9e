using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// A session in progress, carried from one question's dialog instance to the next: the planned
/// questions (the first <see cref="DueCount"/> are reviews), where we are, and the score so far.
/// Null lists mean "no session yet" (the dialog was started by the command).
/// </summary>
internal sealed record PracticeSession
{
    public List<string>? QuestionIds { get; init; }

    public int DueCount { get; init; }

    public int Index { get; init; }

    public int Right { get; init; }

    public int Wrong { get; init; }

    /// <summary>
    /// The one section a focused session is about (from the manager's button), else null. Not named
    /// "section": the button's data, which is this record's JSON on the first turn, names it so as text.
    /// </summary>
    public MethodologySection? FocusSection { get; init; }

    public bool IsLast => QuestionIds is null || Index >= QuestionIds.Count - 1;
}
