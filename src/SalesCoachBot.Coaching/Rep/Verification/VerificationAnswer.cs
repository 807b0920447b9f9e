namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>One answer to a verification question: the question's stable id and the chosen option's id.</summary>
public sealed record VerificationAnswer(string QuestionId, string OptionId);
