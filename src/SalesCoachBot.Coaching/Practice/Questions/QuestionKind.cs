namespace SalesCoachBot.Coaching.Practice.Questions;

/// <summary>How a question is put to the learner.</summary>
public enum QuestionKind
{
    /// <summary>One correct option.</summary>
    SingleChoice,

    /// <summary>Two or more correct options, chosen together.</summary>
    MultipleChoice,

    /// <summary>A case from the course (the stem) followed by a single- or multiple-answer question.</summary>
    Scenario,
}
